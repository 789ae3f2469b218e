"""Non-confidential messages, part B: staff matters (schedules, occupational
health, payroll, postings, meetings, committees) and continuing education."""
import datetime

from gen_attach import make_docx, make_ics, make_pdf, make_xlsx
from gen_base import (Msg, closing, greet, later, msg_date, person_addr, signature,
                      with_quote)
from gen_util import DOCTORS, ORGS, STAFF, STAFF_EN, dr, email_of, phone_clinic


def staff_pool(lang):
    return [dict(given=g, surname=s, sex=x, role=r) for g, s, x, r in (STAFF if lang == "fr" else STAFF_EN + STAFF)]


# ------------------------------------------------------------------ 1
def staff_schedule(ctx, rng, lang):
    m = Msg(lang, "staff_schedule", "RT staff roster / on-call schedule")
    boss = {"given": "Isabelle", "surname": "Fréchette", "sex": "F", "role": "chef de service" if lang == "fr" else "manager"}
    date = msg_date(rng)
    pool = [s for s in staff_pool(lang) if s["role"] in ("inhalothérapeute", "RRT", "technologue en PSG", "sleep technologist", "respiratory educator")]
    start = later(rng, date, 3, 12).date()
    start -= datetime.timedelta(days=start.weekday())
    days = [(start + datetime.timedelta(days=i)) for i in range(7)]
    shifts = (["Jour", "Soir", "Nuit", "Garde VAD"] if lang == "fr" else ["Day", "Evening", "Night", "Home-vent on-call"])
    jours = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
    rows = [["Quart" if lang == "fr" else "Shift"] + [(jours[d.weekday()] + d.strftime(" %d/%m")) if lang == "fr"
                                                     else d.strftime("%a %b %d") for d in days]]
    for sh in shifts:
        rows.append([sh] + ["%s %s." % (s["given"], s["surname"][0]) for s in (rng.choice(pool) for _ in days)])
    absent = rng.sample(pool, 2)
    if lang == "fr":
        subj = rng.choice(["Horaire inhalothérapie - semaine du %s" % start.strftime("%d/%m"), "Horaire de garde VAD",
                           "Horaire modifié - période %d" % rng.randint(1, 13), "Horaire final - semaine %d" % start.isocalendar()[1]])
        note = ("Absences : %s (vacances) et %s (formation). Les échanges de quarts doivent être approuvés avant le "
                "jeudi midi. La garde VAD se fait de la maison avec le cellulaire de service (%s)." % (
                    absent[0]["given"] + " " + absent[0]["surname"], absent[1]["given"] + " " + absent[1]["surname"],
                    phone_clinic(rng, "438")))
        body = "%s\n\nVoici l'horaire de la semaine du %s.\n\n%s\n\n%s\n%s" % (
            greet(rng, lang), start.strftime("%d/%m/%Y"), note, closing(rng, lang), signature(rng, boss, lang, "cisss"))
        fn = "horaire_inhalo_%s.xlsx" % start.strftime("%Y%m%d")
    else:
        subj = rng.choice(["RT schedule - week of %s" % start.strftime("%b %d"), "Home-vent on-call schedule"])
        note = ("Away: %s (vacation) and %s (course). Shift swaps need approval by Thursday noon. On-call uses the "
                "service cell (%s)." % (absent[0]["given"] + " " + absent[0]["surname"],
                                        absent[1]["given"] + " " + absent[1]["surname"], phone_clinic(rng, "438")))
        body = "%s\n\nHere is the schedule for the week of %s.\n\n%s\n\n%s\n%s" % (
            greet(rng, lang), start.strftime("%B %d"), note, closing(rng, lang), signature(rng, boss, lang, "cisss"))
        fn = "RT_schedule_%s.xlsx" % start.strftime("%Y%m%d")
    if rng.random() < 0.6:
        m.attach(make_xlsx([("Horaire" if lang == "fr" else "Schedule", rows)], "Fréchette"),
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fn)
        return m.done(person_addr(boss, "cisss-bt.example"), [("Équipe inhalo" if lang == "fr" else "RT team", "inhalo-liste@cisss-bt.example")],
                      subj, body, date=date)
    table = "".join("<tr>%s</tr>\n" % "".join("<td>%s</td>" % c for c in r) for r in rows)
    h = "<html><body><p>%s</p><table border=\"1\">%s</table><p>%s</p><p>%s<br>%s %s</p></body></html>" % (
        "<br>".join(body.split("\n\n")[:2]), table, note, closing(rng, lang), boss["given"], boss["surname"])
    return m.done(person_addr(boss, "cisss-bt.example"), [("Équipe inhalo" if lang == "fr" else "RT team", "inhalo-liste@cisss-bt.example")],
                  subj, None, html=h, date=date, mode=rng.choice(["html", "alt"]))


# ------------------------------------------------------------------ 2
def staff_health(ctx, rng, lang):
    m = Msg(lang, "staff_health", "employee occupational health: fit testing, sick leave, vaccination")
    sst = {"given": "Julie", "surname": "Desrosiers", "sex": "F", "role": "infirmière SST" if lang == "fr" else "occupational health nurse"}
    boss = {"given": "Isabelle", "surname": "Fréchette", "sex": "F", "role": "chef de service"}
    date = msg_date(rng)
    pool = staff_pool(lang)
    e1, e2 = rng.sample([s for s in pool if s["given"] not in ("Julie", "Isabelle")], 2)
    kind = rng.randrange(3)
    if lang == "fr":
        if kind == 0:
            subj = "Résultats tests d'ajustement N95 - inhalothérapie"
            body = ("%s\n\nRésultats des tests d'ajustement de mardi :\n\n- %s %s : réussi, 3M 1870+\n- %s %s : échec avec le 1870+, "
                    "réussi avec le Halyard 46727 (taille régulière)\n\nMerci de vous assurer que les modèles sont disponibles au "
                    "labo du sommeil pour les procédures générant des aérosols (titrations, EFR).\n\n%s\n%s") % (
                greet(rng, lang, boss["given"]), e1["given"], e1["surname"], e2["given"], e2["surname"], closing(rng, lang),
                signature(rng, sst, lang, "cisss"))
        elif kind == 1:
            subj = rng.choice(["Absence - remplacement à prévoir", "Arrêt de travail - horaire"])
            body = ("%s\n\n%s sera en arrêt de travail jusqu'au %s (%s). Le billet médical a été reçu au bureau de santé. "
                    "Il faut donc remplacer ses quarts de jour au labo d'EFR; %s a offert de faire les deux premiers.\n\n%s\n%s") % (
                greet(rng, lang, boss["given"]), e1["given"] + " " + e1["surname"], later(rng, date, 5, 20).strftime("%d/%m"),
                rng.choice(["bronchite", "chirurgie mineure", "raisons de santé", "pneumonie"]), e2["given"],
                closing(rng, lang), signature(rng, sst, lang, "cisss"))
        else:
            subj = "Campagne de vaccination du personnel - cliniques mobiles"
            body = ("%s\n\nLa clinique mobile de vaccination (influenza et COVID-19) passera au service d'inhalothérapie le %s "
                    "de 8 h à 11 h. Taux de vaccination actuel de l'équipe : %d %%. Merci d'apporter votre carte d'employé.\n\n%s\n%s") % (
                greet(rng, lang), later(rng, date, 3, 15).strftime("%d/%m"), rng.randint(48, 81), closing(rng, lang),
                signature(rng, sst, lang, "cisss"))
    else:
        if kind == 0:
            subj = "N95 fit test results - RT department"
            body = ("%s\n\nTuesday's fit test results:\n\n- %s %s: pass, 3M 1870+\n- %s %s: fail on 1870+, pass on Halyard 46727\n\n"
                    "Please stock both models in the sleep lab for aerosol-generating procedures.\n\n%s\n%s") % (
                greet(rng, lang), e1["given"], e1["surname"], e2["given"], e2["surname"], closing(rng, lang), signature(rng, sst, lang, "cisss"))
        elif kind == 1:
            subj = "Staff absence - coverage needed"
            body = ("%s\n\n%s is off work until %s (%s); the medical note was received by occupational health. %s offered to "
                    "cover the first two PFT lab shifts.\n\n%s\n%s") % (
                greet(rng, lang), e1["given"] + " " + e1["surname"], later(rng, date, 5, 20).strftime("%b %d"),
                rng.choice(["bronchitis", "minor surgery", "health reasons"]), e2["given"], closing(rng, lang), signature(rng, sst, lang, "cisss"))
        else:
            subj = "Staff flu and COVID vaccination clinic"
            body = ("%s\n\nThe mobile staff vaccination clinic will be in the RT department on %s, 8-11 am. Current team "
                    "coverage: %d%%.\n\n%s\n%s") % (greet(rng, lang), later(rng, date, 3, 15).strftime("%b %d"), rng.randint(48, 81),
                                                  closing(rng, lang), signature(rng, sst, lang, "cisss"))
    return m.done(person_addr(sst, "cisss-bt.example"), [person_addr(boss, "cisss-bt.example")], subj, body, date=date)


# ------------------------------------------------------------------ 3
def payroll_hr(ctx, rng, lang):
    m = Msg(lang, "payroll_hr", "payroll / overtime / vacation bidding for staff")
    hr = {"given": "Nancy", "surname": "Lalonde", "sex": "F", "role": "agente administrative"}
    date = msg_date(rng)
    pool = staff_pool(lang)
    kind = rng.randrange(3)
    if lang == "fr":
        if kind == 0:
            subj = "Heures supplémentaires - période %d" % rng.randint(1, 26)
            rows = [["Employé", "Matricule", "Heures sup. (h)", "Prime de garde (h)"]] + [
                [s["given"] + " " + s["surname"], "%06d" % rng.randint(100000, 999999), rng.randint(0, 16), rng.randint(0, 48)]
                for s in rng.sample(pool, 5)]
            body = "%s\n\nVoici le relevé à valider avant l'envoi à la paie jeudi.\n\n%s\n%s" % (
                greet(rng, lang), closing(rng, lang), signature(rng, hr, lang, "cisss"))
            m.attach(make_xlsx([("Paie", rows)], "Lalonde"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     "heures_sup_P%02d.xlsx" % rng.randint(1, 26))
        elif kind == 1:
            subj = "Affichage des vacances estivales - inhalothérapie"
            body = ("%s\n\nLe choix des vacances d'été se fait par ancienneté du %s au %s. Maximum 2 inhalothérapeutes en "
                    "vacances par semaine au labo du sommeil et 1 au programme VAD.\n\n%s\n%s") % (
                greet(rng, lang), later(rng, date, 2, 6).strftime("%d/%m"), later(rng, date, 10, 20).strftime("%d/%m"),
                closing(rng, lang), signature(rng, hr, lang, "cisss"))
        else:
            subj = "Rappel : feuilles de temps et allocation de kilométrage"
            body = ("%s\n\nLes inhalothérapeutes en visite à domicile doivent remettre leurs relevés de kilométrage "
                    "(0,%d $/km) avant le 5 du mois. Les feuilles de temps non signées retardent la paie.\n\n%s\n%s") % (
                greet(rng, lang), rng.randint(48, 62), closing(rng, lang), signature(rng, hr, lang, "cisss"))
    else:
        if kind == 0:
            subj = "Overtime report - pay period %d" % rng.randint(1, 26)
            rows = [["Employee", "Employee #", "OT hours", "On-call hours"]] + [
                [s["given"] + " " + s["surname"], "%06d" % rng.randint(100000, 999999), rng.randint(0, 16), rng.randint(0, 48)]
                for s in rng.sample(pool, 5)]
            body = "%s\n\nPlease validate before Thursday's payroll cut-off.\n\n%s\n%s" % (
                greet(rng, lang), closing(rng, lang), signature(rng, hr, lang, "cisss"))
            m.attach(make_xlsx([("Payroll", rows)], "Lalonde"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     "overtime_PP%02d.xlsx" % rng.randint(1, 26))
        else:
            subj = "Summer vacation bidding - RT"
            body = ("%s\n\nSummer vacation bidding is by seniority from %s. Max two RTs off per week in the sleep lab.\n\n%s\n%s") % (
                greet(rng, lang), later(rng, date, 2, 6).strftime("%b %d"), closing(rng, lang), signature(rng, hr, lang, "cisss"))
    return m.done(person_addr(hr, "cisss-bt.example"), [("Équipe inhalo" if lang == "fr" else "RT team", "inhalo-liste@cisss-bt.example")],
                  subj, body, date=date)


# ------------------------------------------------------------------ 4
def job_posting(ctx, rng, lang):
    m = Msg(lang, "job_posting", "job posting for respiratory therapist / sleep technologist")
    date = msg_date(rng)
    num = "%d-%04d" % (date.year, rng.randint(1, 9999))
    if lang == "fr":
        poste = rng.choice(["Inhalothérapeute - programme de ventilation à domicile", "Technologue en polysomnographie (nuit)",
                            "Inhalothérapeute - centre d'enseignement sur l'asthme et la MPOC", "Assistante-chef inhalothérapeute"])
        subj = "Affichage %s : %s" % (num, poste)
        resp = {"Inhalothérapeute - programme de ventilation à domicile":
                "évaluation et suivi à domicile de la clientèle ventilée, enseignement aux proches aidants, "
                "ajustement des paramètres de VNI selon ordonnance collective, collaboration avec les pneumologues",
                "Technologue en polysomnographie (nuit)":
                "installation des montages PSG, surveillance nocturne, titrations CPAP/BiPAP, analyse préliminaire des tracés",
                "Inhalothérapeute - centre d'enseignement sur l'asthme et la MPOC":
                "enseignement individuel et de groupe, spirométrie, plans d'action, suivi téléphonique",
                "Assistante-chef inhalothérapeute":
                "coordination des horaires, soutien clinique à l'équipe, suivi des indicateurs et des équipements"}[poste]
        body = ("AFFICHAGE INTERNE ET EXTERNE\n\nPoste : %s\nStatut : temps complet permanent (%s)\nPort d'attache : %s\n\n"
                "Responsabilités : " + resp + ".\n\n"
                "Exigences : membre de l'Ordre, 2 ans d'expérience, permis de conduire valide. Atout : expérience en MPOC et SLA.\n\n"
                "Salaire : %d,%02d $ à %d,%02d $ l'heure selon l'échelle.\n\nPostuler avant le %s : emplois@cisss-bt.example "
                "ou %s.\n\nDirection des ressources humaines\n%s") % (
            poste, rng.choice(["jour", "jour/soir", "nuit"]), ORGS["cisss"][0], rng.randint(28, 31), rng.randint(0, 99),
            rng.randint(44, 48), rng.randint(0, 99), later(rng, date, 10, 25).strftime("%d/%m/%Y"),
            phone_clinic(rng, "450"), ORGS["cisss"][0])
    else:
        poste = rng.choice(["Registered Respiratory Therapist - Home Ventilation", "Polysomnographic Technologist (nights)",
                            "Certified Respiratory Educator - Asthma/COPD Centre"])
        subj = "Posting %s: %s" % (num, poste)
        body = ("INTERNAL AND EXTERNAL POSTING\n\nPosition: %s\nStatus: full-time permanent\n\nDuties: home assessment and "
                "follow-up of ventilated clients, caregiver teaching, NIV titration per medical directive.\n\nRequirements: "
                "registration in good standing, 2 years' experience, valid driver's licence; bilingualism an asset.\n\n"
                "Apply by %s to jobs@cisss-bt.example.\n\nHuman Resources\n%s") % (
            poste, later(rng, date, 10, 25).strftime("%B %d, %Y"), ORGS["cisss"][0])
    return m.done(("Ressources humaines" if lang == "fr" else "Human Resources", "rh@cisss-bt.example"),
                  [("Tout le personnel" if lang == "fr" else "All staff", "tous@cisss-bt.example")], subj, body, date=date)


# ------------------------------------------------------------------ 5
def staff_meeting_ics(ctx, rng, lang):
    m = Msg(lang, "staff_meeting_invite", "calendar invitation for a staff meeting")
    boss = ctx.staff(rng, lang, "admin")
    date = msg_date(rng)
    when = later(rng, date, 3, 20)
    start = datetime.datetime(when.year, when.month, when.day, rng.choice([8, 12, 13, 15]), rng.choice([0, 30]))
    end = start + datetime.timedelta(hours=1)
    if lang == "fr":
        summ = rng.choice(["Réunion d'équipe inhalothérapie", "Caucus VAD mensuel", "Rencontre qualité - labo du sommeil",
                           "Formation interne : nouveau ventilateur"])
        desc = ("Ordre du jour : 1) suivi de l'avis de rappel des appareils; 2) horaire des Fêtes; 3) indicateurs du trimestre "
                "(délais d'installation, observance CPAP agrégée); 4) varia. Lien Teams dans l'invitation.")
        loc = "Salle 2.114, %s / Teams" % ORGS["hsa"][0]
        body = "%s\n\nInvitation pour notre prochaine rencontre.\n\n%s" % (greet(rng, lang), signature(rng, boss, lang, short=True))
    else:
        summ = rng.choice(["RT team meeting", "Monthly home-vent huddle", "Sleep lab quality meeting"])
        desc = ("Agenda: 1) device recall follow-up; 2) holiday schedule; 3) quarterly indicators (setup delays, aggregate "
                "CPAP adherence); 4) other. Teams link included.")
        loc = "Room 2.114 / Teams"
        body = "%s\n\nInvitation for our next meeting.\n\n%s" % (greet(rng, lang), signature(rng, boss, lang, short=True))
    att = [(s["given"] + " " + s["surname"], email_of(s, "cisss-bt.example")) for s in rng.sample(staff_pool(lang), 4)]
    org = person_addr(boss, "cisss-bt.example")
    ics = make_ics("%d@cisss-bt.example" % rng.randrange(10 ** 12), start, end, summ, desc, loc, org, att)
    subj = ("Invitation : %s" if lang == "fr" else "Invitation: %s") % summ
    if rng.random() < 0.5:
        return m.done(org, att, subj, body, date=date, calendar=ics, mode="alt")
    m.attach(ics, "text/calendar", "invite.ics", ct_extra="; method=REQUEST")
    return m.done(org, att, subj, body, date=date)


# ------------------------------------------------------------------ 6
def committee_notice(ctx, rng, lang):
    m = Msg(lang, "committee_notice", "committee notice / agenda with clinical topics")
    sec = ctx.staff(rng, lang, "admin")
    date = msg_date(rng)
    when = later(rng, date, 5, 20)
    if lang == "fr":
        com = rng.choice(["Comité de prévention des infections", "Comité de pharmacologie", "Comité qualité et sécurité",
                          "Comité des ordonnances collectives"])
        subj = "Convocation - %s - %s" % (com, when.strftime("%d/%m/%Y"))
        body = ("Bonjour aux membres,\n\nVous êtes convoqués à la réunion du %s le %s à 12 h, salle du conseil.\n\n"
                "Ordre du jour :\n1. Adoption du procès-verbal\n2. Nettoyage et désinfection des masques CPAP réutilisables\n"
                "3. Ordonnance collective : ajustement de l'O2 par l'inhalothérapeute (SpO2 cible 88-92 %% en MPOC)\n"
                "4. Données agrégées : %d déclarations d'incident liées aux ventilateurs à domicile au dernier trimestre\n"
                "5. Présentation de %s sur la VNI dans la SLA\n6. Varia\n\nDocuments sur le SharePoint du comité.\n\n%s\n%s") % (
            com.lower(), when.strftime("%d/%m/%Y"), rng.randint(2, 11), dr(rng.choice([dict(given=g, surname=s, sex=x) for g, s, x, _ in DOCTORS]), "fr"),
            closing(rng, lang), signature(rng, sec, lang, "cisss"))
    else:
        com = rng.choice(["Infection Prevention Committee", "Pharmacy & Therapeutics Committee", "Quality & Safety Committee"])
        subj = "Notice of meeting - %s - %s" % (com, when.strftime("%b %d, %Y"))
        body = ("Dear members,\n\nThe %s meets on %s at noon, boardroom.\n\nAgenda:\n1. Minutes\n2. Reprocessing of reusable CPAP masks\n"
                "3. Medical directive: RT titration of O2 (target SpO2 88-92%% in COPD)\n4. Aggregate data: %d home-ventilator "
                "incident reports last quarter\n5. Other business\n\n%s\n%s") % (
            com, when.strftime("%B %d"), rng.randint(2, 11), closing(rng, lang), signature(rng, sec, lang, "cisss"))
    return m.done(person_addr(sec, "cisss-bt.example"), [("Membres du comité" if lang == "fr" else "Committee members", "comite@cisss-bt.example")],
                  subj, body, date=date)


# ------------------------------------------------------------------ 7
def quoted_reply_staff(ctx, rng, lang):
    m = Msg(lang, "staff_reply_chain", "reply chain between staff about shifts and equipment, clinical words only")
    a, b = rng.sample(staff_pool(lang), 2)
    date = msg_date(rng)
    old = date - datetime.timedelta(hours=rng.randint(1, 30))
    if lang == "fr":
        osubj = rng.choice(["Échange de garde", "Qui fait les EFR lundi?", "Formation BiPAP - date"])
        otext = rng.choice([
            "Salut,\n\nPeux-tu prendre ma garde VAD du %s? Je te redonne celle du 28. J'ai un rendez-vous que je ne peux pas déplacer.\n\n%s",
            "Bonjour,\n\nQui peut couvrir le labo d'EFR lundi matin (%s)? Il y a 6 EFR complètes et 2 tests de provocation à la métacholine.\n\n%s",
            "Allo,\n\nLe représentant peut venir faire la formation sur la nouvelle BiPAP le %s. Est-ce que ça convient à l'équipe de soir?\n\n%s"]) % (
            later(rng, date, 3, 15).strftime("%d/%m"), a["given"])
        new = rng.choice(["Pas de problème, c'est noté à l'horaire.", "Je peux le faire, mais je dois partir à 15 h.",
                          "Ok pour moi. J'avise Isabelle."])
    else:
        osubj = rng.choice(["Shift swap", "Who's covering PFTs Monday?", "BiPAP in-service date"])
        otext = rng.choice([
            "Hi,\n\nCould you take my home-vent call on %s? I'll give you the 28th back.\n\n%s",
            "Hi,\n\nWho can cover the PFT lab Monday (%s)? Six full PFTs and two methacholine challenges.\n\n%s"]) % (
            later(rng, date, 3, 15).strftime("%b %d"), a["given"])
        new = rng.choice(["No problem, updated the schedule.", "I can, but I have to leave at 3.", "Works for me."])
    aa = person_addr(a, "cisss-bt.example")
    body = with_quote(rng, lang, new + "\n\n" + b["given"], otext, old, aa, osubj)
    return m.done(person_addr(b, "cisss-bt.example"), [aa], ("RE: " if rng.random() < 0.7 else "Re: ") + osubj, body,
                  date=date, reply=True)


# ------------------------------------------------------------------ 8
def continuing_ed(ctx, rng, lang):
    m = Msg(lang, "continuing_education", "continuing education announcement, credits")
    edu = ctx.staff(rng, lang)
    date = msg_date(rng)
    when = later(rng, date, 7, 40)
    doc = rng.choice([dict(given=g, surname=s, sex=x, role=r) for g, s, x, r in DOCTORS])
    if lang == "fr":
        topic = rng.choice(["La VNI dans la SLA : quand et comment débuter?", "Nouveautés GOLD 2025 dans la MPOC",
                            "Titration CPAP : pièges et astuces", "Asthme sévère et biologiques",
                            "Oxygénothérapie à domicile : critères et sevrage", "Trachéostomie pédiatrique à domicile"])
        subj = rng.choice(["Webinaire - %s" % topic, "Formation continue : %s" % topic, "Midi-conférence %s" % when.strftime("%d/%m")])
        body = ("%s\n\nLe prochain midi-conférence aura lieu le %s de 12 h à 13 h (Teams et salle 1.020).\n\n"
                "Conférencier : %s, %s\nSujet : %s\n\nActivité reconnue pour 1 heure de formation continue. "
                "L'attestation sera envoyée après le questionnaire d'évaluation.\n\n%s\n%s") % (
            greet(rng, lang), when.strftime("%d/%m/%Y"), dr(doc, "fr"), doc["role"], topic, closing(rng, lang),
            signature(rng, edu, lang, "cisss"))
    else:
        topic = rng.choice(["NIV in ALS: when and how to start", "GOLD 2025 update", "CPAP titration pitfalls",
                            "Biologics in severe asthma", "Paediatric home tracheostomy care"])
        subj = rng.choice(["Webinar - %s" % topic, "Lunch & learn: %s" % topic])
        body = ("%s\n\nNext lunch & learn on %s, noon-1 pm (Teams and room 1.020).\n\nSpeaker: %s\nTopic: %s\n\n"
                "1 CE credit. Certificates sent after the evaluation survey.\n\n%s\n%s") % (
            greet(rng, lang), when.strftime("%B %d"), dr(doc, "en"), topic, closing(rng, lang), signature(rng, edu, lang, "cisss"))
    return m.done(person_addr(edu, "cisss-bt.example"), [("Inhalothérapeutes" if lang == "fr" else "RT staff", "inhalo-liste@cisss-bt.example")],
                  subj, body, date=date)


# ------------------------------------------------------------------ 9
def conference_programme(ctx, rng, lang):
    m = Msg(lang, "conference_programme", "regional conference programme with speakers and topics")
    org = ctx.staff(rng, lang)
    date = msg_date(rng)
    when = later(rng, date, 20, 90)
    docs = [dict(given=g, surname=s, sex=x, role=r) for g, s, x, r in DOCTORS]
    talks_fr = ["Apnée du sommeil et risque cardiovasculaire", "VNI à domicile chez l'enfant neuromusculaire",
                "Réadaptation pulmonaire virtuelle : bilan de 3 ans", "Fibrose pulmonaire : antifibrotiques en 2025",
                "Sevrage tabagique chez le patient sous O2", "Hypoventilation de l'obésité : BiPAP ou CPAP?"]
    talks_en = ["Sleep apnea and cardiovascular risk", "Home NIV in neuromuscular children", "Virtual pulmonary rehab: 3-year review",
                "Antifibrotics in 2025", "Smoking cessation in patients on home O2", "OHS: BiPAP or CPAP?"]
    talks = rng.sample(talks_fr if lang == "fr" else talks_en, 5)
    slots = ["8 h 30", "9 h 15", "10 h 30", "11 h 15", "13 h 30"] if lang == "fr" else ["8:30", "9:15", "10:30", "11:15", "1:30"]
    rows = [["Heure" if lang == "fr" else "Time", "Conférence" if lang == "fr" else "Talk", "Conférencier" if lang == "fr" else "Speaker"]]
    for s, t in zip(slots, talks):
        d = rng.choice(docs)
        rows.append([s, t, dr(d, lang)])
    title = ("Journée régionale en santé respiratoire %d" if lang == "fr" else "Regional Respiratory Health Day %d") % when.year
    if rng.random() < 0.5:
        blocks = [("h", title), ("p", when.strftime("%d/%m/%Y") + " — Centre des congrès de Saint-Aubin"), ("table", rows),
                  ("p", "Inscription : 125 $ (membres), 175 $ (non-membres). 6 heures de formation reconnues." if lang == "fr"
                   else "Registration: $125 members, $175 non-members. 6 CE hours.")]
        m.attach(make_docx(blocks, org["surname"], title), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "Programme_%d.docx" % when.year if lang == "fr" else "Program_%d.docx" % when.year)
    else:
        lines = [("h1", title)] + ["%s  %s - %s" % tuple(r) for r in rows[1:]]
        m.attach(make_pdf(lines, compress=rng.random() < 0.5), "application/pdf",
                 "programme_journee_respiratoire.pdf" if lang == "fr" else "respiratory_day_program.pdf")
    if lang == "fr":
        subj = rng.choice(["Programme - %s" % title, "Inscriptions ouvertes : journée respiratoire", "Programme préliminaire"])
        body = "%s\n\nLe programme préliminaire de la %s est joint. Les places sont limitées à 180.\n\n%s\n%s" % (
            greet(rng, lang), title.lower(), closing(rng, lang), signature(rng, org, lang, "cisss"))
    else:
        subj = rng.choice(["Program - %s" % title, "Registration open: respiratory day"])
        body = "%s\n\nThe preliminary program for the %s is attached. Seating limited to 180.\n\n%s\n%s" % (
            greet(rng, lang), title, closing(rng, lang), signature(rng, org, lang, "cisss"))
    return m.done(person_addr(org, "cisss-bt.example"), [("Liste de diffusion" if lang == "fr" else "Mailing list", "respiro-liste@cisss-bt.example")],
                  subj, body, date=date)


TEMPLATES = [
    (staff_schedule, 6, 3), (staff_health, 4, 3), (payroll_hr, 3, 2), (job_posting, 3, 2),
    (staff_meeting_ics, 3, 2), (committee_notice, 3, 2), (quoted_reply_staff, 3, 2),
    (continuing_ed, 4, 3), (conference_programme, 3, 2),
]
