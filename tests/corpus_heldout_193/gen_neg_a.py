"""Negative messages, part A: staff, HR, schedules, payroll, committees.

Hard on purpose: staff named near disease words, titles, birth dates of staff and of a
colleague's baby, employee numbers, clinic phones and addresses in signatures.
"""
import datetime

import gen_attach as A
from gen_common import (DOM, ORG, ORG_ADDR, SCHOOLS, SCHOOLS_EN, fmt_date, fr_day, en_day,
                        signature, table_text, text_to_html, html_table)


def nspec(cat, lang, note, frm, to, subject, text, **kw):
    d = {"cat": cat, "lang": lang, "note": note, "types": [], "from": frm, "to": to,
         "subject": subject, "text": text, "cc": [], "html": None, "attachments": [],
         "persons": [], "ids": []}
    d.update(kw)
    return d


def team(g, n):
    seen, out = set(), []
    while len(out) < n:
        s = g.staff()
        if s["name"] not in seen:
            seen.add(s["name"])
            out.append(s)
    return out


ALL_STAFF = ("Équipe jeunesse-famille", f"equipe.jeunesse@{DOM}")
ALL_STAFF_EN = ("Youth & Family team", f"equipe.jeunesse@{DOM}")


# ------------------------------------------------------------------ N1 school nurse schedule
def nurse_schedule(g, lang):
    chef = g.staff()
    nurses = team(g, 4)
    schools = SCHOOLS if lang == "fr" else SCHOOLS_EN
    days = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi"] if lang == "fr" else \
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    rows = [["Infirmière" if lang == "fr" else "Nurse"] + days]
    for n in nurses:
        rows.append([n["name"]] + [g.choice(schools + (["CLSC (bureau)"] if lang == "fr" else ["CLSC (office)"]))
                                   for _ in days])
    if lang == "fr":
        subject = g.choice(["Horaire des infirmières scolaires - session d'hiver", "Nouvel horaire santé scolaire",
                            "Répartition des écoles 2025"])
        intro = (f"Bonjour à toutes,\n\nVoici la répartition des écoles pour la session d'hiver. "
                 f"{nurses[1]['given']} remplace {nurses[2]['given']} les mercredis pendant sa formation "
                 "sur le diabète de type 1 à l'école (4 semaines).\n\nMerci !")
        sig = signature(g, chef, "Chef de programme, santé scolaire", "fr")
    else:
        subject = g.choice(["School nurse schedule - winter term", "New school health schedule", "School assignments 2025"])
        intro = (f"Hi all,\n\nHere are the school assignments for the winter term. {nurses[1]['given']} covers "
                 f"for {nurses[2]['given']} on Wednesdays during her training on type 1 diabetes at school "
                 "(4 weeks).\n\nThanks!")
        sig = signature(g, chef, "Program manager, school health", "en")
    text = intro + "\n\n" + table_text(rows) + "\n\n" + sig
    html = text_to_html(intro).replace("</body></html>", "") + html_table(rows) + "<pre>" + sig + "</pre></body></html>"
    return nspec("schedule", lang, "school nurse weekly assignments" if lang == "en" else "horaire des infirmières scolaires",
                 (chef["name"], chef["email"]), [ALL_STAFF if lang == "fr" else ALL_STAFF_EN], subject, text, html=html)


# ------------------------------------------------------------------ N2 leave
def leave_request(g, lang):
    emp, chef = team(g, 2)
    d1 = g.date(2025, 5, 8)
    d2 = d1 + datetime.timedelta(days=g.randint(4, 14))
    if lang == "fr":
        subject = g.choice(["Demande de vacances", "Congé - semaine de relâche", "Demande de congé sans solde"])
        text = (f"Bonjour {chef['given']},\n\nJe souhaiterais prendre mes vacances du {fmt_date(d1, 'fr_long')} au "
                f"{fmt_date(d2, 'fr_long')}. {g.choice(['Mes visites postnatales seront couvertes par', 'Mes écoles seront couvertes par'])} "
                f"{g.staff()['given']}, avec qui j'ai vérifié.\n\nMerci de me confirmer,\n{emp['name']}\n"
                f"Infirmière clinicienne — matricule {g.randint(100000, 999999)}")
    else:
        subject = g.choice(["Vacation request", "Leave - March break", "Unpaid leave request"])
        text = (f"Hi {chef['given']},\n\nI'd like to take vacation from {fmt_date(d1, 'en_long')} to "
                f"{fmt_date(d2, 'en_long')}. {g.staff()['given']} agreed to cover my postnatal visits.\n\n"
                f"Please confirm,\n{emp['name']}\nNurse clinician - employee #{g.randint(100000, 999999)}")
    return nspec("leave_request", lang, "staff vacation request" if lang == "en" else "demande de vacances d'une employée",
                 (emp["name"], emp["email"]), [(chef["name"], chef["email"])], subject, text)


# ------------------------------------------------------------------ N3 payroll
def payroll(g, lang):
    pay = g.staff()
    emps = team(g, g.randint(4, 7))
    rows = [["Matricule", "Employé(e)", "Titre d'emploi", "Heures rég.", "Heures sup.", "Prime soir", "Km"]
            if lang == "fr" else ["Emp. no", "Employee", "Job title", "Reg. hrs", "OT hrs", "Eve. premium", "Km"]]
    titles = ["Infirmière clinicienne", "Travailleuse sociale", "Agente administrative", "Nutritionniste",
              "Psychoéducatrice"] if lang == "fr" else ["Nurse clinician", "Social worker", "Admin clerk",
                                                        "Dietitian", "Psychoeducator"]
    for e in emps:
        rows.append([g.randint(100000, 999999), e["name"], g.choice(titles), 70, g.choice([0, 0, 3.5, 7.25]),
                     g.choice(["", "oui" if lang == "fr" else "yes"]), g.randint(0, 420)])
    per = g.randint(1, 26)
    xl = A.xlsx([("Paie" if lang == "fr" else "Payroll", rows)])
    if lang == "fr":
        subject = f"Feuilles de temps - période {per}"
        text = (f"Bonjour,\n\nCi-joint le sommaire des feuilles de temps de l'équipe jeunesse pour la période {per}. "
                "Merci de valider les heures supplémentaires avant jeudi midi; les kilomètres des visites à "
                "domicile sont remboursés sur la paie suivante.\n\n" + signature(g, pay, "Technicienne en administration, paie", "fr", "Ressources humaines"))
        fn = f"sommaire_paie_P{per:02d}.xlsx"
    else:
        subject = f"Timesheets - pay period {per}"
        text = (f"Hello,\n\nAttached is the youth team's timesheet summary for pay period {per}. Please approve "
                "overtime by Thursday noon; home-visit mileage is reimbursed on the next pay.\n\n"
                + signature(g, pay, "Payroll technician", "en", "Human resources"))
        fn = f"payroll_summary_P{per:02d}.xlsx"
    return nspec("payroll", lang, "team timesheet summary" if lang == "en" else "sommaire des feuilles de temps",
                 (pay["name"], pay["email"]), [(g.staff()["name"], g.staff()["email"])], subject, text,
                 attachments=[{"filename": fn, "kind": "xlsx", "data": xl}])


# ------------------------------------------------------------------ N4 occupational health (staff)
def occ_health(g, lang):
    sst = g.staff()
    emp = g.staff()
    chef = g.staff()
    kind = g.choice(["injury", "flu", "tb", "return"])
    if lang == "fr":
        body = {
            "injury": f"{emp['name']} (infirmière, périnatalité) a déclaré un accident de travail le "
                      f"{fmt_date(g.date(2025, 1, 4), 'fr_long')} : entorse lombaire en soulevant le siège d'auto lors "
                      "d'une visite à domicile. Arrêt de 2 semaines, formulaire CNESST transmis. Assignation "
                      "temporaire possible au bureau (appels de suivi).",
            "flu": "La clinique de vaccination antigrippale pour le personnel aura lieu le mardi 12 novembre, "
                   "salle 104, de 8 h à 16 h. Apportez votre carte d'employé. Les employées enceintes sont "
                   "invitées à en parler avec la santé au travail.",
            "tb": f"Rappel : les employés des services jeunesse doivent faire le test cutané (TCT) annuel. "
                  f"{emp['name']} fera la lecture jeudi. Un TCT positif chez un employé est suivi par notre équipe.",
            "return": f"Retour progressif de {emp['name']} à partir du lundi 3 mars (3 jours/semaine), selon le "
                      "certificat de son médecin traitant (épuisement professionnel). Merci de lui réserver des "
                      "dossiers moins lourds pour les premières semaines.",
        }[kind]
        subject = {"injury": "Déclaration d'accident de travail - équipe périnatalité", "flu": "Vaccination antigrippale du personnel",
                   "tb": "TCT annuel - personnel jeunesse", "return": "Retour progressif au travail"}[kind]
        text = f"Bonjour {chef['given']},\n\n{body}\n\n" + signature(g, sst, "Conseillère, santé et sécurité au travail", "fr", "Santé au travail")
    else:
        body = {
            "injury": f"{emp['name']} (perinatal nurse) reported a workplace injury on "
                      f"{fmt_date(g.date(2025, 1, 4), 'en_long')}: low-back strain lifting a car seat during a home "
                      "visit. Off for 2 weeks, CNESST form sent. Temporary office duties possible (follow-up calls).",
            "flu": "The staff flu vaccination clinic is on Tuesday, November 12, room 104, 8 am to 4 pm. Bring your "
                   "employee badge. Pregnant staff are invited to talk to occupational health first.",
            "tb": f"Reminder: youth services staff must do the annual TB skin test. {emp['name']} will read them on "
                  "Thursday. A positive TST in an employee is followed by our team.",
            "return": f"Gradual return to work for {emp['name']} starting Monday, March 3 (3 days/week), per her "
                      "physician's certificate (burnout). Please assign a lighter caseload for the first weeks.",
        }[kind]
        subject = {"injury": "Workplace injury report - perinatal team", "flu": "Staff flu vaccination",
                   "tb": "Annual TST - youth staff", "return": "Gradual return to work"}[kind]
        text = f"Hi {chef['given']},\n\n{body}\n\n" + signature(g, sst, "Occupational health and safety advisor", "en", "Occupational health")
    return nspec("occupational_health", lang, "staff occupational health notice" if lang == "en"
                 else "avis de santé au travail concernant le personnel", (sst["name"], sst["email"]),
                 [(chef["name"], chef["email"])], subject, text)


# ------------------------------------------------------------------ N5 job posting
def job_posting(g, lang):
    rh = g.staff()
    num = f"{g.choice(['JF', 'SS', 'PN'])}-2025-{g.randint(100, 999)}"
    poste_fr = g.choice(["Infirmière clinicienne — santé scolaire", "Travailleuse sociale — liaison DPJ",
                         "Infirmière — périnatalité (SIPPE)", "Nutritionniste — petite enfance"])
    poste_en = {"Infirmière clinicienne — santé scolaire": "Nurse clinician - school health",
                "Travailleuse sociale — liaison DPJ": "Social worker - youth protection liaison",
                "Infirmière — périnatalité (SIPPE)": "Nurse - perinatal program",
                "Nutritionniste — petite enfance": "Dietitian - early childhood"}[poste_fr]
    if lang == "fr":
        subject = f"Affichage interne {num} : {poste_fr}"
        text = (f"AFFICHAGE INTERNE — {num}\n\nTitre : {poste_fr}\nPort d'attache : {ORG}\nStatut : temps complet "
                "permanent, jour\nÉchelle salariale : 29,88 $ à 53,46 $/h\n\nExigences : BAC en sciences "
                "infirmières ou en service social, membre en règle de l'ordre; permis de conduire valide "
                "(visites à domicile et écoles).\nAtouts : expérience en dépistage des ITSS, en allaitement ou "
                "en protection de la jeunesse.\n\nPostuler avant le 28 février via le portail carrières.\n\n"
                + signature(g, rh, "Conseillère en dotation", "fr", "Ressources humaines"))
    else:
        subject = f"Internal posting {num}: {poste_en}"
        text = (f"INTERNAL POSTING - {num}\n\nTitle: {poste_en}\nHome base: Saint-Aurèle CLSC\nStatus: full-time "
                "permanent, days\nPay scale: $29.88 to $53.46/h\n\nRequirements: bachelor's in nursing or social "
                "work, member in good standing of the professional order; valid driver's licence (home and school "
                "visits).\nAssets: experience in STBBI screening, breastfeeding support or youth protection.\n\n"
                "Apply by February 28 through the careers portal.\n\n"
                + signature(g, rh, "Staffing advisor", "en", "Human resources"))
    return nspec("job_posting", lang, "internal job posting" if lang == "en" else "affichage de poste interne",
                 (rh["name"], rh["email"]), [("Tout le personnel" if lang == "fr" else "All staff", f"tous@{DOM}")],
                 subject, text)


# ------------------------------------------------------------------ N6 job candidate
def candidate(g, lang):
    rh, chef = team(g, 2)
    cand = {"given": g.choice(["Audrey", "Kim", "Noémie", "Jessica", "Olivier", "Maxime"]),
            "surname": g.choice(["Vaillancourt", "Lindqvist", "Poulin", "Richer", "Auclair"])}
    day = g.date(2025, 2, 6)
    cv = A.docx(f"Curriculum vitae — {cand['given']} {cand['surname']}",
                ["## Coordonnées", f"{g.randint(10, 999)}, rue des Tilleuls, Sainte-Flore (Québec) J0K 3B0",
                 f"Cellulaire : {g.phone()}", f"Date de naissance : {fmt_date(g.dob_adult(1985, 1999), 'iso')}",
                 "## Expérience", "2021-2025 : infirmière, unité mère-enfant, hôpital régional",
                 "2019-2021 : infirmière, CHSLD", "## Formation", "BAC en sciences infirmières (2019)",
                 "Certificat en périnatalité (en cours)"]) if lang == "fr" else \
        A.docx(f"Resume - {cand['given']} {cand['surname']}",
               ["## Contact", f"{g.randint(10, 999)} Cedar Crescent, Sainte-Flore QC J0K 3B0", f"Cell: {g.phone()}",
                "## Experience", "2021-2025: RN, mother-baby unit, regional hospital", "2019-2021: RN, long-term care",
                "## Education", "BScN (2019)", "Perinatal nursing certificate (in progress)"])
    if lang == "fr":
        subject = g.choice([f"Entrevue - candidate poste PN-2025-{g.randint(100, 999)}", "Candidature reçue - infirmière périnatalité"])
        text = (f"Bonjour {chef['given']},\n\nJe te transmets le CV de {cand['given']} {cand['surname']}, candidate "
                f"pour le poste en périnatalité. Entrevue proposée le {fr_day(day)} à 10 h, salle 210. "
                "Peux-tu confirmer ta présence au comité de sélection ?\n\n" + signature(g, rh, "Conseillère en dotation", "fr", "Ressources humaines"))
        fn = f"CV_{cand['surname']}_{cand['given']}.docx"
    else:
        subject = g.choice(["Interview - perinatal nurse candidate", "Application received - perinatal nurse"])
        text = (f"Hi {chef['given']},\n\nForwarding the resume of {cand['given']} {cand['surname']}, a candidate for "
                f"the perinatal position. Interview proposed on {en_day(day)} at 10 am, room 210. Can you "
                "confirm you'll sit on the panel?\n\n" + signature(g, rh, "Staffing advisor", "en", "Human resources"))
        fn = f"Resume_{cand['surname']}_{cand['given']}.docx"
    return nspec("job_candidate", lang, "job candidate resume for interview" if lang == "en"
                 else "CV d'une candidate pour entrevue", (rh["name"], rh["email"]), [(chef["name"], chef["email"])],
                 subject, text, attachments=[{"filename": fn, "kind": "docx", "data": cv}])


# ------------------------------------------------------------------ N7 committee notice
def committee(g, lang):
    sec = g.staff()
    pres = g.staff()
    day = g.date(2025, 2, 10)
    if lang == "fr":
        comm = g.choice(["Comité de gestion des risques", "Comité qualité — services jeunesse",
                         "Table de concertation périnatalité-petite enfance", "Comité de l'entente multisectorielle"])
        subject = f"Convocation - {comm} - {fr_day(day)}"
        text = (f"Bonjour,\n\nVous êtes convoqués à la prochaine rencontre du {comm.lower()}, le {fr_day(day)} "
                f"de 13 h 30 à 15 h 30 (salle Riopelle et Teams).\n\nOrdre du jour :\n1. Adoption du procès-verbal\n"
                "2. Bilan des déclarations d'incidents/accidents (T3) — erreurs de vaccination en milieu scolaire\n"
                "3. Présentation de Dre Abboud : algorithme de l'ictère néonatal à domicile\n"
                "4. Protocole de signalement à la DPJ — mise à jour\n5. Varia\n\n"
                f"Présidence : {pres['name']}\n" + signature(g, sec, "Secrétaire de direction", "fr"))
    else:
        comm = g.choice(["Risk management committee", "Youth services quality committee",
                         "Perinatal and early childhood round table", "Multisectoral agreement committee"])
        subject = f"Notice of meeting - {comm} - {en_day(day)}"
        text = (f"Hello,\n\nYou are invited to the next {comm.lower()} meeting on {en_day(day)}, 1:30 to 3:30 pm "
                "(Riopelle room and Teams).\n\nAgenda:\n1. Approval of minutes\n2. Incident/accident reports (Q3) - "
                "vaccine errors in schools\n3. Presentation by Dr. Abboud: home management of neonatal jaundice\n"
                "4. Youth protection reporting protocol - update\n5. Other business\n\n"
                f"Chair: {pres['name']}\n" + signature(g, sec, "Executive secretary", "en"))
    return nspec("committee_notice", lang, "committee meeting notice" if lang == "en" else "convocation à un comité",
                 (sec["name"], sec["email"]), [("Membres du comité" if lang == "fr" else "Committee members", f"comite.qualite@{DOM}")],
                 subject, text)


# ------------------------------------------------------------------ N8 staff birthday / baby announcement
def celebration(g, lang):
    a = g.staff()
    col = g.staff()
    kind = g.choice(["baby", "birthday", "retire"])
    bb = g.choice(["Léon", "Florence", "Arthur", "Rose", "Milo", "Béatrice"])
    born = g.date(2025, 1, 6)
    if lang == "fr":
        text = {
            "baby": f"Bonne nouvelle ! Notre collègue {col['name']} a accouché de son petit {bb}, né le "
                    f"{fmt_date(born, 'fr_long')} à 4 h 12, {g.randint(3000, 4100)} g. Maman et bébé vont très bien. "
                    "Une carte circule au secrétariat jusqu'à vendredi pour ceux qui veulent signer.",
            "birthday": f"C'est l'anniversaire de {col['given']} aujourd'hui ({fmt_date(g.dob_adult(1970, 1995), 'fr_long')}, "
                        "elle nous autorise à le dire !). Gâteau à la salle de pause à 15 h.",
            "retire": f"Après 31 ans au CLSC, dont 18 en santé scolaire, {col['name']} prend sa retraite le 28 mars. "
                      "Un 5 à 7 est organisé au restaurant Le Moulin. Contribution au cadeau : 10 $.",
        }[kind]
        subject = {"baby": f"Bébé {bb} est arrivé !", "birthday": "Bonne fête !", "retire": "Départ à la retraite"}[kind]
    else:
        text = {
            "baby": f"Great news! Our colleague {col['name']} had her baby {bb}, born {fmt_date(born, 'en_long')} at "
                    f"4:12 am, {g.randint(3000, 4100)} g. Mom and baby are doing great. A card is at the front desk "
                    "until Friday.",
            "birthday": f"It's {col['given']}'s birthday today ({fmt_date(g.dob_adult(1970, 1995), 'en_long')}, she "
                        "said we could share!). Cake in the staff room at 3 pm.",
            "retire": f"After 31 years at the CLSC, 18 of them in school health, {col['name']} retires on March 28. "
                      "Drinks at Le Moulin restaurant. Gift contribution: $10.",
        }[kind]
        subject = {"baby": f"Baby {bb} has arrived!", "birthday": "Happy birthday!", "retire": "Retirement send-off"}[kind]
    text = text + "\n\n" + a["given"]
    return nspec("staff_news", lang, "staff celebration announcement" if lang == "en" else "annonce sociale entre collègues",
                 (a["name"], a["email"]), [ALL_STAFF if lang == "fr" else ALL_STAFF_EN], subject, text)


# ------------------------------------------------------------------ N9 staff directory
def staff_directory(g, lang):
    sec = g.staff()
    ppl = team(g, g.randint(6, 8))
    roles_fr = ["Infirmière scolaire", "Travailleuse sociale", "Infirmière périnatalité", "Pédiatre (mardi)",
                "Nutritionniste", "Psychoéducatrice", "Agente de liaison DPJ", "Hygiéniste dentaire"]
    roles_en = ["School nurse", "Social worker", "Perinatal nurse", "Pediatrician (Tuesdays)", "Dietitian",
                "Psychoeducator", "DYP liaison officer", "Dental hygienist"]
    rows = [["Nom", "Fonction", "Poste", "Courriel"] if lang == "fr" else ["Name", "Role", "Ext.", "E-mail"]]
    for p, r in zip(ppl, g.sample(roles_fr if lang == "fr" else roles_en, len(ppl))):
        rows.append([p["name"], r, str(g.randint(2100, 2899)), p["email"]])
    if lang == "fr":
        subject = "Bottin téléphonique - équipe jeunesse-famille (mis à jour)"
        intro = "Bonjour,\n\nVoici le bottin à jour de l'équipe. Ligne principale : 450-555-0100."
    else:
        subject = "Phone list - youth & family team (updated)"
        intro = "Hello,\n\nHere is the updated team phone list. Main line: 450-555-0100."
    sig = signature(g, sec, "Agente administrative" if lang == "fr" else "Administrative officer", lang)
    text = intro + "\n\n" + table_text(rows) + "\n\n" + sig
    kind = g.choice(["html", "csv"])
    atts = []
    html = None
    if kind == "csv":
        atts.append({"filename": "bottin_equipe.csv" if lang == "fr" else "team_phone_list.csv", "kind": "csv",
                     "text": A.csv_text(rows)})
    else:
        html = text_to_html(intro).replace("</body></html>", "") + html_table(rows) + "<pre>" + sig + "</pre></body></html>"
    return nspec("staff_directory", lang, "team phone directory" if lang == "en" else "bottin téléphonique de l'équipe",
                 (sec["name"], sec["email"]), [ALL_STAFF if lang == "fr" else ALL_STAFF_EN], subject, text,
                 html=html, attachments=atts)


# ------------------------------------------------------------------ N10 mileage claim
def mileage(g, lang):
    emp, chef = team(g, 2)
    rows = [["Date", "Secteur", "Km", "Motif"] if lang == "fr" else ["Date", "Area", "Km", "Purpose"]]
    for _ in range(g.randint(5, 9)):
        rows.append([g.date(2025, 2, 2).isoformat(), g.choice(["Sainte-Flore", "Lac-aux-Hérons", "Val-Brûlé", "Saint-Ours-des-Prés"]),
                     g.randint(8, 64), g.choice(["VAD périnatalité", "École", "Réunion", "Formation"]) if lang == "fr"
                     else g.choice(["Home visit", "School", "Meeting", "Training"])])
    total = sum(r[2] for r in rows[1:])
    xl = A.xlsx([("Km", rows + [["Total", "", total, ""]])])
    if lang == "fr":
        subject = "Frais de déplacement - février"
        text = (f"Bonjour {chef['given']},\n\nCi-joint ma réclamation de kilométrage pour février ({total} km à "
                "0,56 $/km). Les adresses de visite ne sont pas indiquées, seulement les secteurs, comme demandé.\n\n"
                f"{emp['name']}")
    else:
        subject = "Travel expenses - February"
        text = (f"Hi {chef['given']},\n\nAttached is my mileage claim for February ({total} km at $0.56/km). Only "
                f"areas are listed, no visit addresses, as requested.\n\n{emp['name']}")
    return nspec("expense_claim", lang, "staff mileage claim" if lang == "en" else "réclamation de kilométrage",
                 (emp["name"], emp["email"]), [(chef["name"], chef["email"])], subject, text,
                 attachments=[{"filename": "kilometrage.xlsx" if lang == "fr" else "mileage.xlsx", "kind": "xlsx", "data": xl}])


# ------------------------------------------------------------------ N11 training
def training(g, lang):
    org = g.staff()
    form = g.staff()
    day = g.date(2025, 3, 9)
    start = datetime.datetime(day.year, day.month, day.day, 8, 30)
    if lang == "fr":
        topic = g.choice(["Signalement à la DPJ : quand et comment", "Soutien à l'allaitement — niveau 2",
                          "Dépistage de la dépression post-partum (EPDS)", "Administration d'épinéphrine en milieu scolaire"])
        subject = f"Formation : {topic}"
        text = (f"Bonjour,\n\nLa formation « {topic} » sera donnée par {form['name']} le {fr_day(day)} de 8 h 30 à "
                "12 h, salle 104. Inscription obligatoire (20 places). L'invitation est jointe.\n\n"
                + signature(g, org, "Conseillère en développement des compétences", "fr"))
    else:
        topic = g.choice(["Reporting to youth protection: when and how", "Breastfeeding support - level 2",
                          "Postpartum depression screening (EPDS)", "Giving epinephrine at school"])
        subject = f"Training: {topic}"
        text = (f"Hello,\n\nThe training \"{topic}\" will be given by {form['name']} on {en_day(day)}, 8:30 am to noon, "
                "room 104. Registration required (20 seats). The invitation is attached.\n\n"
                + signature(g, org, "Professional development advisor", "en"))
    cal = A.ics(f"form-{g.randint(10**5, 10**6)}@{DOM}", start, start + datetime.timedelta(hours=3, minutes=30),
                topic, "CLSC de Saint-Aurèle, salle 104", "Formation interne" if lang == "fr" else "Internal training",
                (org["name"], org["email"]))
    return nspec("training", lang, "staff training invitation" if lang == "en" else "invitation à une formation",
                 (org["name"], org["email"]), [ALL_STAFF if lang == "fr" else ALL_STAFF_EN], subject, text,
                 attachments=[{"filename": "formation.ics" if lang == "fr" else "training.ics", "kind": "ics", "text": cal}])


# ------------------------------------------------------------------ N12 team minutes
def minutes(g, lang):
    sec = g.staff()
    ppl = team(g, 5)
    if lang == "fr":
        subject = "Compte rendu - rencontre d'équipe jeunesse"
        text = (f"Présences : {', '.join(p['name'] for p in ppl)}\n\n"
                "1. Liste d'attente : 34 demandes en santé mentale jeunesse (délai moyen 47 jours), 9 en SIPPE.\n"
                "2. Visites postnatales dans les 72 h : 88 % en janvier (cible 90 %).\n"
                f"3. {ppl[1]['given']} présente le nouvel outil de repérage de la négligence (aucun cas discuté).\n"
                "4. Campagne de vaccination 4e année : les dates par école seront envoyées par courriel.\n"
                "5. Prochaine rencontre : jeudi dans deux semaines.\n\n" + signature(g, sec, "Secrétaire", "fr", short=True))
    else:
        subject = "Minutes - youth team meeting"
        text = (f"Present: {', '.join(p['name'] for p in ppl)}\n\n"
                "1. Waiting list: 34 requests in youth mental health (mean wait 47 days), 9 in the perinatal program.\n"
                "2. Postnatal visits within 72 h: 88% in January (target 90%).\n"
                f"3. {ppl[1]['given']} presented the new neglect screening tool (no cases discussed).\n"
                "4. Grade 4 vaccination campaign: dates per school will follow by e-mail.\n"
                "5. Next meeting: Thursday in two weeks.\n\n" + signature(g, sec, "Secretary", "en", short=True))
    return nspec("meeting_minutes", lang, "team meeting minutes without cases" if lang == "en"
                 else "compte rendu de réunion sans cas", (sec["name"], sec["email"]),
                 [ALL_STAFF if lang == "fr" else ALL_STAFF_EN], subject, text)


TEMPLATES = [
    ("nurse_schedule", nurse_schedule), ("leave_request", leave_request), ("payroll", payroll),
    ("occ_health", occ_health), ("job_posting", job_posting), ("candidate", candidate),
    ("committee", committee), ("celebration", celebration), ("staff_directory", staff_directory),
    ("mileage", mileage), ("training", training), ("minutes", minutes),
]
