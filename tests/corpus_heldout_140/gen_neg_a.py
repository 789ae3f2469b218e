"""Negative messages, part A: staff matters (schedules, leave, payroll, HR, training)."""
import datetime

from gen_attach import make_docx, make_ics, make_pdf, make_xlsx
from gen_common import ORG, STAFF, Att, MOIS, MONTHS, luhn_serial, signature, greet
from gen_tpl import datestr, earlier, later_day, new, quoted, sal, who

SECTEURS = ["Secteur 1 — Lac-aux-Hérons centre", "Secteur 2 — Saint-Firmin-des-Bois", "Secteur 3 — Val-Brûlé",
            "Secteur 4 — Sainte-Odile", "Secteur 5 — Hérons-Nord"]
SECTORS = ["Sector 1 - Lac-aux-Hérons centre", "Sector 2 - Saint-Firmin-des-Bois", "Sector 3 - Val-Brûlé",
           "Sector 4 - Sainte-Odile", "Sector 5 - Hérons-Nord"]
NURSES = ["lachance", "boisvert", "kim", "rahimi", "caouette", "benali"]
CANDIDATES = [("Justine", "Harvey"), ("Omar", "Belkacem"), ("Carolyn", "Moss"), ("Frédérique", "Lalonde"),
              ("Diego", "Alvarez"), ("Mylène", "Proulx")]


def n_schedule(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "staff_schedule", "nursing staff schedule by sector")
    a = ctx.staff(ctx.pick(["benali", "leduc"]))
    m.sender = who(a)
    m.to = [(("Équipe SAD" if fr else "Home care team"), f"equipe.sad@{ORG['dom']}")]
    start = later_day(ctx, 3, 10)
    start = start - datetime.timedelta(days=start.weekday())
    days = [(start + datetime.timedelta(days=i)) for i in range(5)]
    hdr = ["Intervenant(e)" if fr else "Staff"] + [datestr(ctx, d) for d in days]
    rows = [hdr]
    for k in ctx.sample(NURSES + ["gendron", "picard", "dionne"], 7):
        s = ctx.staff(k)
        cells = [ctx.pick((SECTEURS if fr else SECTORS)[:5]).split(" ")[0] + " " + ctx.pick("12345")
                 if ctx.chance(0.8) else ctx.pick(["Congé", "Formation", "Vacances"] if fr else ["Off", "Training", "Vacation"])
                 for _ in days]
        rows.append([s["name"]] + cells)
    if fr:
        m.subject = ctx.pick([f"Horaire semaine du {datestr(ctx, days[0])}", "Horaire SAD — version finale",
                              "Modification à l'horaire de la semaine prochaine"])
        intro = ["Bonjour à toutes et à tous,", "",
                 "Voici l'horaire de la semaine prochaine. " + ctx.pick([
                     "Stéphanie remplace Julie en physio le mercredi.",
                     "Rappel : les échanges de quart doivent être approuvés par l'ASI.",
                     "Deux postes de soir restent à combler le vendredi, faites-moi signe."])]
    else:
        m.subject = ctx.pick([f"Schedule week of {datestr(ctx, days[0])}", "Home care schedule - final",
                              "Change to next week's schedule"])
        intro = ["Hi everyone,", "",
                 "Here is next week's schedule. " + ctx.pick([
                     "Stéphanie covers Julie for physio on Wednesday.",
                     "Reminder: shift swaps must be approved by the assistant head nurse.",
                     "Two evening shifts still open on Friday, let me know."])]
    if ctx.chance(0.5):
        m.atts.append(Att(f"horaire_{days[0]:%Y%m%d}.xlsx" if fr else f"schedule_{days[0]:%Y%m%d}.xlsx", "xlsx",
                          make_xlsx([("Horaire" if fr else "Schedule", rows)], author=a["name"])))
        m.text = "\n".join(intro + ["", sal(ctx), "", signature(ctx, a)])
    else:
        m.text = "\n".join(intro + [""] + [" | ".join(r) for r in rows] + ["", sal(ctx), "", signature(ctx, a)])
    return m


def n_leave(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "leave_request", "staff vacation request and approval")
    emp = ctx.staff(ctx.pick(NURSES + ["gendron", "dionne", "vezina"]))
    boss = ctx.staff("lemay")
    m.sender, m.to = who(boss), [who(emp)]
    d1 = later_day(ctx, 20, 60)
    d2 = d1 + datetime.timedelta(days=ctx.pick([4, 11, 13]))
    t0 = earlier(ctx, 4, 30)
    if fr:
        orig = "\n".join([f"Bonjour {boss['given']},", "",
                          f"Je souhaiterais prendre mes vacances du {datestr(ctx, d1)} au {datestr(ctx, d2)} inclusivement "
                          f"(solde : {ctx.rng.randrange(8, 25)} jours). " + ctx.pick([
                              "C'est pour le mariage de ma sœur en Gaspésie.",
                              "Mon conjoint a enfin ses vacances en même temps!",
                              "Je pourrai faire la garde de la fin de semaine suivante en échange."]),
                          "", "Merci!", emp["given"]])
        reply = "\n".join([f"Bonjour {emp['given']},", "",
                           ctx.pick(["C'est approuvé, je l'inscris dans Logibec.",
                                     "Approuvé. Pense à remettre ta liste de clients prioritaires à Nadia avant ton départ.",
                                     "Je ne peux approuver que la première semaine pour l'instant, on en reparle jeudi."]),
                           "", signature(ctx, boss)])
        subj = "Demande de vacances"
        m.subject = "RE: " + subj
    else:
        orig = "\n".join([f"Hi {boss['given']},", "",
                          f"I'd like to take vacation from {datestr(ctx, d1)} to {datestr(ctx, d2)} inclusive "
                          f"(balance: {ctx.rng.randrange(8, 25)} days). " + ctx.pick([
                              "It's for my sister's wedding in the Gaspé.",
                              "My partner finally has holidays at the same time!",
                              "I can cover the following weekend on call in exchange."]),
                          "", "Thanks!", emp["given"]])
        reply = "\n".join([f"Hi {emp['given']},", "",
                           ctx.pick(["Approved, I'll enter it in Logibec.",
                                     "Approved. Please hand your priority client list to Nadia before you leave.",
                                     "I can only approve the first week for now, let's talk Thursday."]),
                           "", signature(ctx, boss)])
        subj = "Vacation request"
        m.subject = "RE: " + subj
    m.text = reply + "\n\n" + quoted(ctx, emp["name"], emp["email"], t0, orig).replace("__SUBJ__", subj)
    return m


def n_mileage(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "payroll_mileage", "mileage claims and payroll cut-off")
    a = ctx.staff(ctx.pick(["vezina", "marcotte"]))
    m.sender = who(a)
    m.to = [(("Équipe SAD" if fr else "Home care team"), f"equipe.sad@{ORG['dom']}")]
    cut = later_day(ctx, 2, 6, hour=16)
    rows = [["Employé(e)" if fr else "Employee", "Matricule" if fr else "Employee #", "km", "Taux" if fr else "Rate",
             "Montant" if fr else "Amount"]]
    for k in ctx.sample(NURSES + ["gendron", "picard"], 6):
        s = ctx.staff(k)
        km = ctx.rng.randrange(180, 1450)
        rows.append([s["name"], f"{ctx.rng.randrange(100000, 999999)}", km, "0,58" if fr else "0.58",
                     f"{km * 0.58:.2f}".replace(".", "," if fr else ".")])
    if fr:
        m.subject = ctx.pick(["Frais de déplacement — date limite", "Kilométrage période 9", "Paie : feuilles de temps et kilométrage"])
        body = ["Bonjour,", "",
                f"Les relevés de kilométrage de la période doivent être saisis dans le portail avant {fmt(cut, fr)}.",
                "Le taux est de 0,58 $/km pour les 8 000 premiers km. Joignez les reçus de stationnement à l'hôpital.",
                "Les montants ci-dessous ont été rejetés par la paie (écart avec l'itinéraire), merci de corriger :", ""]
    else:
        m.subject = ctx.pick(["Travel expenses - deadline", "Mileage period 9", "Payroll: timesheets and mileage"])
        body = ["Hello,", "",
                f"Mileage logs for this period must be entered in the portal by {fmt(cut, fr)}.",
                "The rate is $0.58/km for the first 8,000 km. Attach hospital parking receipts.",
                "Payroll rejected the amounts below (mismatch with the route log), please correct:", ""]
    body += [" ; ".join(str(c) for c in r) for r in rows] + ["", sal(ctx), "", signature(ctx, a)]
    m.text = "\n".join(body)
    return m


def fmt(d, fr):
    if fr:
        return f"le {d.day} {MOIS[d.month - 1]} à {d.hour} h"
    return f"{MONTHS[d.month - 1]} {d.day} at {d.hour % 12 or 12} {'PM' if d.hour >= 12 else 'AM'}"


def n_occ_health(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "occupational_health", "employee return-to-work plan (staff health)")
    emp = ctx.staff(ctx.pick(NURSES + ["picard", "gendron"]))
    sst = ctx.staff("brisson")
    boss = ctx.staff("lemay")
    m.sender, m.to, m.cc = who(sst), [who(boss)], [who(ctx.staff("marcotte"))]
    cond_fr = ctx.pick(["une entorse lombaire survenue lors d'un transfert", "une chirurgie à l'épaule droite",
                        "une tendinite au poignet", "une commotion (chute sur la glace dans le stationnement)"])
    cond_en = ctx.pick(["a lumbar sprain during a patient transfer", "right shoulder surgery",
                        "wrist tendinitis", "a concussion (fell on ice in the parking lot)"])
    if fr:
        m.subject = ctx.pick([f"Retour progressif — {emp['name']}", "Assignation temporaire (CNESST)", "Plan de retour au travail"])
        m.text = "\n".join([greet(ctx, boss["given"]), "",
                            f"Suite à {cond_fr}, {emp['given']} {emp['surname']} peut reprendre le travail en retour progressif "
                            f"à partir du {datestr(ctx, later_day(ctx, 3, 12))} : 3 jours/semaine, sans soulever plus de 10 kg, "
                            "pas de transferts de clients pour 4 semaines.",
                            "Je propose une assignation temporaire à la liaison téléphonique et aux suivis de pansements simples.",
                            "Le billet médical est au dossier santé de l'employé(e) — merci de ne pas le transmettre à l'équipe.",
                            "", sal(ctx), "", signature(ctx, sst)])
    else:
        m.subject = ctx.pick([f"Graduated return - {emp['name']}", "Temporary assignment (CNESST)", "Return-to-work plan"])
        m.text = "\n".join([greet(ctx, boss["given"]), "",
                            f"Following {cond_en}, {emp['given']} {emp['surname']} can come back on a graduated return "
                            f"from {datestr(ctx, later_day(ctx, 3, 12))}: 3 days a week, no lifting over 10 kg, "
                            "no client transfers for 4 weeks.",
                            "I suggest a temporary assignment to phone follow-ups and simple dressings.",
                            "The medical note is in the employee health file - please do not forward it to the team.",
                            "", sal(ctx), "", signature(ctx, sst)])
    return m


def n_posting(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "job_posting", "internal job posting")
    hr = ctx.staff("marcotte")
    m.sender = who(hr)
    m.to = [("Tout le personnel" if fr else "All staff", f"tous@{ORG['dom']}")]
    num = f"SAD-{ctx.now.year}-{ctx.rng.randrange(100, 999)}"
    role = ctx.pick([("Infirmière clinicienne / infirmier clinicien", "Clinical nurse"),
                     ("Infirmière auxiliaire / infirmier auxiliaire", "Licensed practical nurse"),
                     ("Ergothérapeute", "Occupational therapist"),
                     ("Auxiliaire aux services de santé et sociaux", "Home support worker")])
    html_fr = f"""<html><body style="font-family:Arial">
<h2>Affichage interne {num}</h2>
<p><b>Titre d'emploi :</b> {role[0]}<br><b>Service :</b> {ORG['sad']} — {ORG['clsc']}<br>
<b>Statut :</b> temps complet permanent, 35 h/sem., jour<br><b>Échelle salariale :</b> selon la convention collective</p>
<p><b>Exigences :</b> membre en règle de l'ordre professionnel, permis de conduire valide et accès à une voiture,
expérience en soins de plaies et en soins palliatifs un atout.</p>
<p>Faire parvenir votre candidature avant le {datestr(ctx, later_day(ctx, 10, 20))} à
<a href="mailto:{hr['email']}">{hr['email']}</a>.</p>
<p style="font-size:9pt">Le CISSS applique un programme d'accès à l'égalité en emploi.</p>
</body></html>
"""
    html_en = f"""<html><body style="font-family:Arial">
<h2>Internal posting {num}</h2>
<p><b>Job title:</b> {role[1]}<br><b>Department:</b> {ORG['sad_en']} - {ORG['clsc']}<br>
<b>Status:</b> full-time permanent, 35 h/week, days<br><b>Salary:</b> per collective agreement</p>
<p><b>Requirements:</b> member in good standing of the professional order, valid driver's licence and access to a car,
experience in wound care and palliative care an asset.</p>
<p>Send your application before {datestr(ctx, later_day(ctx, 10, 20))} to
<a href="mailto:{hr['email']}">{hr['email']}</a>.</p>
<p style="font-size:9pt">The CISSS applies an employment equity programme.</p>
</body></html>
"""
    import re
    h = html_fr if fr else html_en
    m.html = h
    m.text = re.sub(r"<[^>]+>", "", h).strip()
    m.mode = ctx.pick(["html", "alt"])
    m.subject = (f"Affichage {num} — {role[0]}" if fr else f"Posting {num} - {role[1]}")
    return m


def n_candidate(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "candidate_interview", "job candidate interview scheduling")
    hr = ctx.staff("marcotte")
    boss = ctx.staff(ctx.pick(["lemay", "leduc"]))
    g, s = ctx.pick(CANDIDATES)
    m.sender, m.to = who(hr), [who(boss)]
    d = later_day(ctx, 2, 9)
    if fr:
        m.subject = ctx.pick([f"Entrevue — {g} {s}", "Candidature infirmière clinicienne", "Entrevues de jeudi"])
        m.text = "\n".join([greet(ctx, boss["given"]), "",
                            f"{g} {s} est disponible pour une entrevue le {datestr(ctx, d)} à {d:%H:%M}.",
                            "Bac en sciences infirmières (2019), 4 ans à l'urgence, veut passer en première ligne. "
                            "Ses références (deux ASI de l'urgence) sont vérifiées.",
                            "Son CV est dans le dossier partagé RH > Recrutement > SAD. Prétentions salariales : échelon 6.",
                            "", sal(ctx), "", signature(ctx, hr)])
    else:
        m.subject = ctx.pick([f"Interview - {g} {s}", "Clinical nurse application", "Thursday interviews"])
        m.text = "\n".join([greet(ctx, boss["given"]), "",
                            f"{g} {s} is available for an interview on {datestr(ctx, d)} at {d:%H:%M}.",
                            "BScN (2019), 4 years in the ED, wants to move to community care. "
                            "References (two ED assistant head nurses) checked.",
                            "CV is in the shared folder HR > Recruitment > Home care. Salary expectation: step 6.",
                            "", sal(ctx), "", signature(ctx, hr)])
    return m


def n_onboarding(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "staff_onboarding", "new employee onboarding form (staff data)")
    hr = ctx.staff("marcotte")
    g, s = ctx.pick(CANDIDATES)
    boss = ctx.staff(ctx.pick(["lemay", "leduc"]))
    m.sender, m.to = who(hr), [who(boss), who(ctx.staff("hughes"))]
    dob = datetime.date(ctx.rng.randrange(1975, 2001), ctx.rng.randrange(1, 13), ctx.rng.randrange(1, 28))
    start = later_day(ctx, 5, 15)
    mat = ctx.rng.randrange(100000, 999999)
    fields = ([f"Nom : {s}, {g}", f"Date de naissance : {dob.isoformat()}", f"Matricule : {mat}",
               f"Titre d'emploi : infirmière clinicienne", f"Date d'entrée en fonction : {start:%Y-%m-%d}",
               "Accès requis : dossier clinique informatisé, tablette, téléphone cellulaire, badge stationnement"]
              if fr else
              [f"Name: {s}, {g}", f"Date of birth: {dob.isoformat()}", f"Employee #: {mat}",
               "Job title: clinical nurse", f"Start date: {start:%Y-%m-%d}",
               "Access needed: electronic clinical record, tablet, cell phone, parking badge"])
    if fr:
        m.subject = ctx.pick(["Nouvelle employée — accueil et accès", f"Embauche — {g} {s}"])
        lead = "Voici la fiche d'embauche pour la création des accès (la date de naissance sert au compte de paie)."
    else:
        m.subject = ctx.pick(["New employee - onboarding and access", f"Hire - {g} {s}"])
        lead = "Here is the hiring sheet for account creation (date of birth is for the payroll account)."
    if ctx.chance(0.5):
        m.atts.append(Att("fiche_embauche.docx" if fr else "hiring_sheet.docx", "docx",
                          make_docx("Fiche d'embauche" if fr else "Hiring sheet", fields, author=hr["name"])))
        m.text = "\n".join([greet(ctx), "", lead, "", sal(ctx), "", signature(ctx, hr)])
    else:
        m.text = "\n".join([greet(ctx), "", lead, "", *fields, "", sal(ctx), "", signature(ctx, hr)])
    return m


def n_baby(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "baby_announcement", "colleague's baby announcement")
    a = ctx.staff(ctx.pick(["benali", "st_onge", "vezina"]))
    mom = ctx.staff(ctx.pick(["kim", "rahimi", "gendron", "picard", "dionne"]))
    m.sender = who(a)
    m.to = [("Équipe SAD" if fr else "Home care team", f"equipe.sad@{ORG['dom']}")]
    bd = (ctx.now - datetime.timedelta(days=ctx.rng.randrange(1, 6))).date()
    baby = ctx.pick(["Éloïse", "Arthur", "Maya", "Léon", "Nora", "Théo"])
    w = f"{ctx.rng.randrange(28, 41) / 10:.1f}"
    if fr:
        m.subject = ctx.pick([f"Bienvenue à {baby}!", "Bonne nouvelle dans l'équipe", "Naissance!"])
        m.text = "\n".join(["Bonjour tout le monde,", "",
                            f"{mom['given']} a accouché de {baby}, né(e) le {bd.day} {MOIS[bd.month - 1]} {bd.year} à 3 h 12, "
                            f"{w.replace('.', ',')} kg. La maman et le bébé vont très bien!",
                            "Une carte circule au poste de l'accueil et on ramasse des sous pour un panier-cadeau (avant vendredi).",
                            "", a["given"]])
    else:
        m.subject = ctx.pick([f"Welcome {baby}!", "Good news on the team", "Baby news!"])
        m.text = "\n".join(["Hi everyone,", "",
                            f"{mom['given']} had {baby}, born {MONTHS[bd.month - 1]} {bd.day}, {bd.year} at 3:12 AM, "
                            f"{w} kg. Mom and baby are doing great!",
                            "There's a card at the front desk and we're collecting for a gift basket (by Friday).",
                            "", a["given"]])
    return m


def n_training(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "training_invite", "staff training session invitation")
    a = ctx.staff("whitfield")
    m.sender = who(a)
    m.to = [("Équipe SAD" if fr else "Home care team", f"equipe.sad@{ORG['dom']}")]
    start = later_day(ctx, 5, 25, hour=ctx.pick([8, 13]))
    end = start + datetime.timedelta(hours=3)
    topic = ctx.pick([("PDSB — principes de déplacement sécuritaire des bénéficiaires", "PDSB - safe patient handling"),
                      ("Soins de plaies complexes : thérapie par pression négative", "Complex wounds: negative pressure therapy"),
                      ("Recertification RCR/DEA", "CPR/AED recertification"),
                      ("Approche non pharmacologique des SCPD", "Non-drug approaches to BPSD")])
    t = topic[0] if fr else topic[1]
    loc = f"Salle Héron, {ORG['addr']}, {ORG['city']}"
    desc = ("Formation obligatoire. Inscription via l'ENA. Apportez votre carte d'employé." if fr
            else "Mandatory training. Register on ENA. Bring your staff card.")
    m.atts.append(Att("formation.ics" if fr else "training.ics", "ics",
                      make_ics(f"{ctx.key}@{ORG['dom']}", start, end, t, loc, desc, (a["name"], a["email"]))))
    if fr:
        m.subject = f"Formation : {t}"
        m.text = "\n".join([greet(ctx), "", f"Vous êtes convoqué(e)s à la formation « {t} » le {datestr(ctx, start)}.",
                            "Les heures sont rémunérées; avisez votre ASI pour libérer votre tournée.", "",
                            signature(ctx, a)])
    else:
        m.subject = f"Training: {t}"
        m.text = "\n".join([greet(ctx), "", f"You are booked for \"{t}\" on {datestr(ctx, start)}.",
                            "Hours are paid; let your assistant head nurse know so your round can be covered.", "",
                            signature(ctx, a)])
    return m


def n_vaccination(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "staff_vaccination", "staff flu vaccination clinic and team rates")
    a = ctx.staff(ctx.pick(["brisson", "whitfield"]))
    m.sender = who(a)
    m.to = [("Tout le personnel SAD" if fr else "All home care staff", f"equipe.sad@{ORG['dom']}")]
    rate = ctx.rng.randrange(48, 79)
    if fr:
        m.subject = ctx.pick(["Vaccination antigrippale du personnel", "Clinique de vaccination — employés"])
        m.text = "\n".join(["Bonjour,", "",
                            "La clinique de vaccination contre l'influenza et la COVID-19 pour les employés aura lieu "
                            f"les {datestr(ctx, later_day(ctx, 3, 8))} et {datestr(ctx, later_day(ctx, 9, 15))}, 8 h à 15 h, salle Héron.",
                            f"Taux de vaccination actuel de l'équipe SAD : {rate} % (objectif 80 %).",
                            "Les personnes allergiques aux œufs ou ayant eu un syndrome de Guillain-Barré doivent consulter "
                            "le service de santé au travail avant de se présenter.", "", signature(ctx, a)])
    else:
        m.subject = ctx.pick(["Staff flu vaccination", "Vaccination clinic - employees"])
        m.text = "\n".join(["Hello,", "",
                            "The influenza and COVID-19 vaccination clinic for employees will be held "
                            f"on {datestr(ctx, later_day(ctx, 3, 8))} and {datestr(ctx, later_day(ctx, 9, 15))}, 8 AM to 3 PM, Héron room.",
                            f"Current home care team vaccination rate: {rate}% (target 80%).",
                            "Anyone with an egg allergy or a history of Guillain-Barré syndrome should see "
                            "occupational health before coming.", "", signature(ctx, a)])
    return m


def n_students(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "student_placement", "nursing student placement schedule")
    a = ctx.staff("whitfield")
    m.sender = who(a)
    m.to = [who(ctx.staff(k)) for k in ctx.sample(NURSES, 3)]
    studs = ctx.sample([("Camille", "Royer"), ("Anthony", "Giguère"), ("Sarah-Maude", "Lapierre"), ("Kenza", "Amrani"),
                        ("Liam", "O'Connor"), ("Émilie", "Vigneault")], 3)
    rows = [["Stagiaire" if fr else "Student", "Préceptrice" if fr else "Preceptor", "Dates"]]
    for (g, s) in studs:
        rows.append([f"{g} {s}", ctx.staff(ctx.pick(NURSES))["name"],
                     f"{datestr(ctx, later_day(ctx, 5, 10))} → {datestr(ctx, later_day(ctx, 30, 45))}"])
    if fr:
        m.subject = ctx.pick(["Stagiaires DEC soins infirmiers — jumelage", "Accueil des stagiaires"])
        body = ["Bonjour,", "", "Voici le jumelage des stagiaires du cégep pour la session d'automne :", ""]
        tail = ["", "Les stagiaires n'ont pas accès au DCI; elles consignent leurs notes sur papier contresigné.", ""]
    else:
        m.subject = ctx.pick(["Nursing students - preceptor pairing", "Welcoming our students"])
        body = ["Hello,", "", "Here is the pairing for this term's college nursing students:", ""]
        tail = ["", "Students have no access to the EHR; their notes are on paper and co-signed.", ""]
    m.text = "\n".join(body + ["\t".join(r) for r in rows] + tail + [signature(ctx, a)])
    return m


def n_union(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "union_notice", "union general assembly notice")
    m.sender = ("Syndicat des professionnelles en soins — section Haut-Ruisseau" if fr
                else "Nursing union - Haut-Ruisseau local", "section.hautruisseau@syndicat-soins.example")
    m.to = [("Membres SAD" if fr else "Home care members", "membres-sad@syndicat-soins.example")]
    d = later_day(ctx, 7, 21, hour=17)
    if fr:
        m.subject = "Convocation — assemblée générale locale"
        m.text = "\n".join(["Chères membres, chers membres,", "",
                            f"Vous êtes convoqué(e)s à l'assemblée générale le {datestr(ctx, d)} à 17 h 30, sous-sol de l'église Sainte-Odile.",
                            "Ordre du jour : 1. Ratios en soutien à domicile; 2. Remboursement du kilométrage; "
                            "3. Heures supplémentaires obligatoires; 4. Élection à la vice-présidence.",
                            "Un lunch sera servi. Garderie sur place sur réservation (450 555-0188).", "",
                            "Mme Lyne Beauséjour, présidente de section", "M. Richard Tessier, secrétaire"])
    else:
        m.subject = "Notice - local general assembly"
        m.text = "\n".join(["Dear members,", "",
                            f"You are invited to the general assembly on {datestr(ctx, d)} at 5:30 PM, Sainte-Odile church basement.",
                            "Agenda: 1. Home care ratios; 2. Mileage reimbursement; 3. Mandatory overtime; "
                            "4. Election of the vice-president.",
                            "A meal will be served. Childcare on site if booked (450 555-0188).", "",
                            "Ms. Lyne Beauséjour, local president", "Mr. Richard Tessier, secretary"])
    return m
