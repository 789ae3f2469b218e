"""Negative templates, part 1: staff, HR, schedules, payroll, occupational health, IT, facilities."""
import datetime as _dt

import gen_common as G
import gen_attach as A
from gen_pos_util import L, greet, thanks, sig_block

EMP = [("Maxime", "Gaudreault"), ("Sabrina", "Lepage"), ("Olivier", "Chartrand"), ("Véronique", "Tessier"),
       ("Hugo", "Plamondon"), ("Sarah-Jeanne", "Coutu"), ("Mathieu", "Giguère"), ("Laurence", "Baril"),
       ("Émilie", "Forget"), ("Jonathan", "Pichette"), ("Ariane", "Goulet"), ("Tristan", "Moisan"),
       ("Kelly", "Robertson"), ("Alex", "Chung"), ("Fiona", "Grant"), ("Marc-Olivier", "Rainville"),
       ("Nadège", "Paradis"), ("Yannick", "Bouchez"), ("Camille", "Asselin"), ("Rosalie", "Deschênes")]


class NS:
    def __init__(self, c, lang, cat, note):
        self.c, self.lang, self.cat, self.note, self.r = c, lang, cat, note, c.rng
        self.must = []

    def spec(self, subject, frm, to, blocks, cc=None, attachments=None, **kw):
        d = {"cat": self.cat, "note": self.note, "types": set(), "subject": subject, "from": frm, "to": to,
             "cc": cc or [], "blocks": blocks, "attachments": attachments or [], "ids": [], "nams": [],
             "must": self.must, "lang": self.lang, "confidential": False}
        d.update(kw)
        return d


def emp(r, k=1):
    return r.sample(EMP, k)


def ename(e):
    return f"{e[0]} {e[1]}"


def eaddr(e):
    return (ename(e), G.strip_accents(f"{e[0][0]}.{e[1]}").lower().replace(" ", "") + "@" + G.ORG["dom"])


def _f(c, days):
    return (c.now + _dt.timedelta(days=days)).date()


def oncall_schedule(c, lang):
    r = c.rng
    n = NS(c, lang, "schedule", L(lang, "horaire de garde des médecins", "physician on-call schedule"))
    docs = ["chief", "idmd", "micro", "hiv", "idmd_en", "micro_en"]
    start = _f(c, 14 - c.now.weekday())
    rows = []
    for w in range(r.randrange(4, 9)):
        d = start + _dt.timedelta(weeks=w)
        a, b_ = r.sample(docs, 2)
        rows.append([G.fmt_date(d, lang, "iso"), G.staff(a, lang), G.staff(b_, lang),
                     r.choice(["", "", L(lang, "férié", "holiday"), L(lang, "congrès AMMI", "AMMI conference")])])
    head = L(lang, ["Semaine du", "Garde infectio", "Garde microbio", "Note"], ["Week of", "ID on call", "Micro on call", "Note"])
    if lang == "fr":
        subj = r.choice(["Horaire de garde infectio/microbio - prochain bloc", "Garde : horaire révisé", "Calendrier de garde"])
        b = [greet(r, lang, None), "Voici l'horaire de garde pour le prochain bloc. Les échanges doivent être approuvés par la "
                                   "Dre Desrosiers et notés au standard (poste 0).",
             "La garde de tuberculose et de VIH reste couverte par le médecin d'infectio de garde."]
    else:
        subj = r.choice(["ID/Micro on-call schedule - next block", "On-call: revised schedule", "Call calendar"])
        b = [greet(r, lang, None), "Here is the on-call schedule for the next block. Swaps must be approved by Dr. Desrosiers "
                                   "and logged with switchboard (ext. 0).",
             "TB and HIV calls remain covered by the ID physician on call."]
    atts = []
    if r.random() < 0.5:
        atts.append(A.A_xlsx(L(lang, "Horaire_garde.xlsx", "Oncall_schedule.xlsx"), A.xlsx([(L(lang, "Garde", "Oncall"), head, rows)])))
    else:
        b.append(("table", head, rows))
    b.append(sig_block("secr", lang, r))
    return n.spec(subj, G.staff_addr("secr"), [("Infectio-Microbio", "md-infectio@" + G.ORG["dom"])], b, attachments=atts)


def vacation_request(c, lang):
    r = c.rng
    n = NS(c, lang, "hr_leave", L(lang, "demande de congé d'un employé", "staff leave request"))
    e = emp(r)[0]
    d1 = _f(c, r.randrange(20, 90))
    d2 = d1 + _dt.timedelta(days=r.randrange(4, 15))
    q = [greet(r, lang, G.STAFF["nurse_mgr"][0]),
         L(lang, f"Je souhaiterais prendre des vacances du {G.fmt_date(d1, lang, 'long')} au {G.fmt_date(d2, lang, 'long')}. "
                 "Mélanie a accepté de couvrir la clinique de vaccination du mardi.",
           f"I'd like to take vacation from {G.fmt_date(d1, lang, 'long')} to {G.fmt_date(d2, lang, 'long')}. "
           "Megan agreed to cover the Tuesday vaccine clinic."), ename(e)]
    ans = [L(lang, f"Approuvé, {e[0]}. C'est inscrit dans Logibec.", f"Approved, {e[0]}. Entered in the scheduling system."),
           L(lang, "Rappel : la période de pointe santé-voyage (novembre à janvier) est limitée à une personne à la fois.",
             "Reminder: during travel-clinic peak season (Nov-Jan) only one person can be off at a time."),
           ("sig", [G.staff("nurse_mgr", lang), G.staff_role("nurse_mgr", lang), G.PHONE_MAIN + L(lang, ", poste 2230", " ext. 2230")])]
    attr = L(lang, f"De : {ename(e)}\nEnvoyé : {G.fmt_date(c.now.date() - _dt.timedelta(days=2), lang, 'long')}",
             f"From: {ename(e)}\nSent: {G.fmt_date(c.now.date() - _dt.timedelta(days=2), lang, 'long')}")
    subj = L(lang, "RE: Demande de vacances", "RE: Vacation request")
    return n.spec(subj, G.staff_addr("nurse_mgr"), [eaddr(e)], ans + [("quote", attr, q)])


def payroll(c, lang):
    r = c.rng
    n = NS(c, lang, "payroll", L(lang, "question de paie d'un employé", "staff payroll question"))
    e = emp(r)[0]
    num = f"{r.randrange(100000, 999999)}"
    hrs = r.choice(["7,25", "14,5", "3,75", "11"]) if lang == "fr" else r.choice(["7.25", "14.5", "3.75", "11"])
    per = r.randrange(1, 26)
    if lang == "fr":
        subj = r.choice([f"Paie - période {per} - heures supplémentaires manquantes", "Correction de paie", "Talon de paie"])
        b = [greet(r, lang, None),
             f"Sur mon talon de paie de la période {per}, il manque {hrs} h de temps supplémentaire (garde TIVAD du samedi). "
             f"Mon matricule est {num}. La feuille de temps signée par Josiane est jointe.",
             "Pouvez-vous corriger à la prochaine paie?", ename(e) + "\nInfirmière clinicienne, TIVAD"]
        fn = "feuille_de_temps.pdf"
        pdf = A.pdf("Feuille de temps", [("kv", "Employé", ename(e)), ("kv", "Matricule", num),
                                         ("kv", "Période", str(per)), ("kv", "Heures suppl.", hrs),
                                         ("kv", "Approuvé par", "Josiane Turgeon")])
    else:
        subj = r.choice([f"Payroll - period {per} - missing overtime", "Pay correction", "Pay stub question"])
        b = [greet(r, lang, None),
             f"My pay stub for period {per} is missing {hrs} h of overtime (Saturday OPAT shift). Employee no. {num}. "
             "Timesheet signed by Josiane attached.", "Can this be fixed on the next pay?", ename(e) + "\nClinical nurse, OPAT"]
        fn = "timesheet.pdf"
        pdf = A.pdf("Timesheet", [("kv", "Employee", ename(e)), ("kv", "Employee no.", num), ("kv", "Period", str(per)),
                                  ("kv", "Overtime hours", hrs), ("kv", "Approved by", "Josiane Turgeon")])
    return n.spec(subj, eaddr(e), [("Service de la paie", "paie@" + G.ORG["dom"])], b,
                  attachments=[A.A_pdf(fn, pdf)] if r.random() < 0.6 else [])


def occ_health(c, lang):
    r = c.rng
    n = NS(c, lang, "occ_health", L(lang, "santé au travail d'un employé", "employee occupational health"))
    e = emp(r)[0]
    k = r.randrange(4)
    frm = ("Santé et sécurité au travail", "sst@" + G.ORG["dom"])
    if lang == "fr":
        if k == 0:
            subj = "Votre résultat de test cutané (TCT) annuel"
            b = [f"Bonjour {e[0]},", f"Votre test cutané à la tuberculine lu le {G.fmt_date(c.now.date(), lang, 'long')} est de 0 mm : "
                                     "négatif. Aucun suivi requis avant la campagne de l'an prochain.",
                 "Rappel : le port du N95 est obligatoire pour toute entrée en chambre d'isolement aérien."]
        elif k == 1:
            subj = "Suivi post-exposition - résultats 6 semaines"
            b = [f"Bonjour {e[0]},", "Vos analyses de suivi à 6 semaines après l'exposition percutanée du mois dernier sont "
                                     "négatives (VIH, VHC). Prochain contrôle à 3 mois. La déclaration CNESST est complétée.",
                 "N'hésitez pas à nous appeler si vous avez des questions."]
        elif k == 2:
            subj = "Essai d'ajustement N95 - horaire"
            rows = [[ename(x), f"{r.randrange(8, 15)}:{r.choice(['00', '20', '40'])}", r.choice(["3M 1870+", "3M 8210", "Halyard"])]
                    for x in emp(r, 5)]
            b = ["Bonjour,", "Voici l'horaire des essais d'ajustement N95 pour le personnel de la clinique d'infectiologie :",
                 ("table", ["Employé(e)", "Heure", "Modèle actuel"], rows)]
        else:
            subj = "Vaccination antigrippale du personnel - taux par service"
            b = ["Bonjour,", f"Taux de vaccination du personnel au {G.fmt_date(c.now.date(), lang, 'long')} : infectiologie 84 %, "
                             "microbiologie 71 %, santé-voyage 92 %. Cliniques mobiles mardi et jeudi à la cafétéria.",
                 "Merci à Hugo Plamondon pour l'organisation!"]
    else:
        if k == 0:
            subj = "Your annual TB skin test result"
            b = [f"Hi {e[0]},", f"Your TST read on {G.fmt_date(c.now.date(), lang, 'long')} is 0 mm: negative. No follow-up needed "
                                "until next year's campaign.", "Reminder: N95 is mandatory for airborne isolation rooms."]
        elif k == 1:
            subj = "Post-exposure follow-up - 6-week results"
            b = [f"Hi {e[0]},", "Your 6-week follow-up tests after last month's needlestick are negative (HIV, HCV). Next check "
                                "at 3 months. The workers' compensation report is filed.", "Call us if you have any questions."]
        elif k == 2:
            subj = "N95 fit testing - schedule"
            rows = [[ename(x), f"{r.randrange(8, 15)}:{r.choice(['00', '20', '40'])}", r.choice(["3M 1870+", "3M 8210", "Halyard"])]
                    for x in emp(r, 5)]
            b = ["Hello,", "N95 fit-testing schedule for ID clinic staff:", ("table", ["Employee", "Time", "Current model"], rows)]
        else:
            subj = "Staff flu vaccination - rates by department"
            b = ["Hello,", f"Staff coverage as of {G.fmt_date(c.now.date(), lang, 'long')}: ID 84%, microbiology 71%, travel "
                           "clinic 92%. Mobile clinics Tuesday and Thursday in the cafeteria.", "Thanks to Hugo Plamondon for organizing!"]
    b.append(("sig", [L(lang, "Service de santé et sécurité au travail", "Occupational Health and Safety"), G.ORG[lang],
                      G.PHONE_MAIN + L(lang, ", poste 2050", " ext. 2050")]))
    to = [eaddr(e)] if k < 2 else [("Personnel infectiologie", "personnel-infectio@" + G.ORG["dom"])]
    return n.spec(subj, frm, to, b)


def job_posting(c, lang):
    r = c.rng
    n = NS(c, lang, "job_posting", L(lang, "affichage de poste", "job posting"))
    job = r.choice([("Infirmière clinicienne ou infirmier clinicien - Clinique santé-voyage", "Clinical nurse - Travel Health Clinic"),
                    ("Pharmacien(ne) - programme d'antibiogouvernance", "Pharmacist - Antimicrobial Stewardship Program"),
                    ("Technologiste médical(e) - microbiologie (soir)", "Medical technologist - microbiology (evenings)"),
                    ("Agent(e) administratif(ve) classe 2 - TIVAD", "Administrative officer - OPAT")])
    num = f"{r.choice(['INF', 'PHA', 'TM', 'ADM'])}-{c.now.year}-{r.randrange(100, 999)}"
    if lang == "fr":
        subj = f"Affichage interne {num} : {job[0]}"
        b = [f"Poste : {job[0]}", "Statut : temps complet permanent, 35 h/semaine, jour",
             "Exigences : permis d'exercice valide; expérience en maladies infectieuses ou en santé-voyage un atout; "
             "formation en immunisation (PIQ) requise pour le poste en santé-voyage.",
             f"Échelle salariale selon la convention collective. Entrée en fonction : {G.fmt_date(_f(c, 45), lang, 'long')}.",
             f"Faire parvenir votre candidature avant le {G.fmt_date(_f(c, 14), lang, 'long')} à dotation@{G.ORG['dom']} "
             f"en mentionnant le numéro {num}.", "Renseignements : Linda Park, conseillère RH, 819-555-0131."]
    else:
        subj = f"Internal posting {num}: {job[1]}"
        b = [f"Position: {job[1]}", "Status: full-time permanent, 35 h/week, days",
             "Requirements: valid licence; experience in infectious diseases or travel medicine an asset; immunization "
             "training required for the travel clinic position.",
             f"Salary per collective agreement. Start date: {G.fmt_date(_f(c, 45), lang, 'long')}.",
             f"Apply before {G.fmt_date(_f(c, 14), lang, 'long')} to staffing@{G.ORG['dom']} quoting {num}.",
             "Information: Linda Park, HR advisor, 819-555-0131."]
    return n.spec(subj, G.staff_addr("hr"), [("Tout le personnel", "tous@" + G.ORG["dom"])], b)


def candidate_interviews(c, lang):
    r = c.rng
    n = NS(c, lang, "hr_interviews", L(lang, "horaire d'entrevues de candidats", "candidate interview schedule"))
    cands = [("Béatrice", "Lalonde"), ("Ravi", "Menon"), ("Julien", "Carpentier"), ("Samira", "Azzouz"), ("Connor", "Walsh"),
             ("Élodie", "Marcotte")]
    picks = r.sample(cands, r.randrange(3, 5))
    day = _f(c, r.randrange(5, 15))
    rows = [[f"{9 + i}:00", f"{a} {b_}", r.choice([L(lang, "infirmière santé-voyage", "travel nurse"),
                                                    L(lang, "pharmacien ASP", "ASP pharmacist")])] for i, (a, b_) in enumerate(picks)]
    start = _dt.datetime.combine(day, _dt.time(9, 0))
    ev = A.ics(f"{r.randrange(16**12):012x}@{G.ORG['dom']}", start, start + _dt.timedelta(hours=len(picks)),
               L(lang, "Entrevues - poste santé-voyage", "Interviews - travel clinic position"),
               "\n".join(f"{x[0]} {x[1]}" for x in rows), L(lang, "Salle du conseil, 3e étage", "Board room, 3rd floor"),
               G.staff_addr("hr"), [G.staff_addr("nurse_mgr"), G.staff_addr("travel")])
    b = [greet(r, lang, None),
         L(lang, f"Voici l'horaire des entrevues du {G.fmt_date(day, lang, 'long')}. Les CV sont dans le dossier partagé RH.",
           f"Here is the interview schedule for {G.fmt_date(day, lang, 'long')}. CVs are in the HR shared folder."),
         ("table", L(lang, ["Heure", "Candidat(e)", "Poste"], ["Time", "Candidate", "Position"]), rows),
         sig_block("hr", lang, r, G.PHONE_MAIN)]
    return n.spec(L(lang, "Entrevues - horaire", "Interviews - schedule"), G.staff_addr("hr"),
                  [G.staff_addr("nurse_mgr"), G.staff_addr("travel")], b, attachments=[A.A_ics("entrevues.ics" if lang == "fr" else "interviews.ics", ev)])


def baby_announcement(c, lang):
    r = c.rng
    n = NS(c, lang, "social_staff", L(lang, "naissance du bébé d'une collègue", "colleague's baby announcement"))
    e = emp(r)[0]
    baby = r.choice(["Léo", "Alice", "Florence", "Arthur", "Mila", "Noah", "Jade"])
    bd = (c.now - _dt.timedelta(days=r.randrange(1, 6))).date()
    kg = f"{r.randrange(2, 4)},{r.randrange(1, 9)}" if lang == "fr" else f"{r.randrange(2, 4)}.{r.randrange(1, 9)}"
    if lang == "fr":
        subj = r.choice([f"Bienvenue {baby}!", "Une belle nouvelle pour l'équipe", "Naissance!"])
        b = ["Bonjour l'équipe,", f"{e[0]} {e[1]} a accouché de {baby} le {G.fmt_date(bd, lang, 'long')} à {r.randrange(1, 23)} h "
                                  f"{r.randrange(10, 59)}, {kg} kg. Maman et bébé vont très bien!",
             "Une carte circule à la clinique santé-voyage (bureau de Chantal) jusqu'à vendredi, et une collecte pour un cadeau.",
             "Chantal"]
    else:
        subj = r.choice([f"Welcome {baby}!", "Great news for the team", "Baby news!"])
        b = ["Hi team,", f"{e[0]} {e[1]} welcomed {baby} on {G.fmt_date(bd, lang, 'long')} at {r.randrange(1, 12)}:{r.randrange(10, 59)}, "
                         f"{kg} kg. Mom and baby are doing great!",
             "A card is going around the travel clinic (Chantal's desk) until Friday, plus a collection for a gift.", "Chantal"]
    return n.spec(subj, G.staff_addr("clerk"), [("Équipe infectio", "equipe-infectio@" + G.ORG["dom"])], b)


def staff_birthday(c, lang):
    r = c.rng
    n = NS(c, lang, "social_staff", L(lang, "fête d'un membre du personnel", "staff birthday / retirement"))
    e = emp(r)[0]
    k = r.randrange(2)
    d = _f(c, r.randrange(2, 10))
    if lang == "fr":
        if k == 0:
            subj = f"Les 50 ans de {e[0]} - surprise!"
            b = ["Chut!", f"{ename(e)} aura 50 ans le {G.fmt_date(d, lang, 'long')} (née en {d.year - 50}!). "
                          "Gâteau à la salle de repos à 15 h. Ne lui dites rien.", "Contribution de 5 $ à Sandra."]
        else:
            subj = "Départ à la retraite de Luc Arsenault"
            b = ["Bonjour à tous,", f"Après 34 ans au laboratoire de microbiologie, Luc prend sa retraite. 5 à 7 le "
                                    f"{G.fmt_date(d, lang, 'long')} au Bistro du Quai. Luc a connu l'arrivée du MALDI-TOF, "
                                    "deux éclosions de C. difficile et la pandémie : venez lui dire merci!"]
    else:
        if k == 0:
            subj = f"{e[0]}'s 50th - surprise!"
            b = ["Shh!", f"{ename(e)} turns 50 on {G.fmt_date(d, lang, 'long')} (born {d.year - 50}!). Cake in the staff "
                          "room at 3 pm. Don't tell!", "$5 contribution to Sandra."]
        else:
            subj = "Retirement of Luc Arsenault"
            b = ["Hi all,", f"After 34 years in the microbiology lab, Luc is retiring. Farewell drinks on "
                            f"{G.fmt_date(d, lang, 'long')} at Bistro du Quai. Luc saw MALDI-TOF arrive, two C. difficile "
                            "outbreaks and the pandemic: come and thank him!"]
    return n.spec(subj, G.staff_addr("secr"), [("Équipe infectio", "equipe-infectio@" + G.ORG["dom"])], b)


def it_notice(c, lang):
    r = c.rng
    n = NS(c, lang, "it", L(lang, "avis informatique", "IT notice"))
    k = r.randrange(4)
    d = _f(c, r.randrange(2, 12))
    if lang == "fr":
        subj, body = [
            ("Interruption planifiée du DCI - dimanche", [f"Le dossier clinique informatisé sera indisponible le {G.fmt_date(d, lang, 'long')} "
                                                         "de 1 h à 5 h. Utilisez les formulaires papier (procédure de relève) et "
                                                         "saisissez les résultats critiques de microbiologie au retour."]),
            ("Nouvelle interface labo - antibiogrammes", ["À partir de lundi, les antibiogrammes apparaîtront avec les "
                                                          "commentaires de restriction (ex. « méropénem : approbation requise »). "
                                                          "Signalez toute anomalie au 819-555-0140."]),
            ("Alerte hameçonnage", ["Un courriel frauduleux « Mise à jour de votre boîte Outlook » circule. Ne cliquez pas. "
                                    "Transférez-le à securite@chrvm.example puis supprimez-le."]),
            ("Réinitialisation du mot de passe", [f"Votre mot de passe expire dans 5 jours. Code utilisateur : "
                                                   f"{r.choice(['TESV01', 'DALA02', 'CYRI04'])}. Utilisez le portail libre-service."])][k]
    else:
        subj, body = [
            ("Planned EMR downtime - Sunday", [f"The EMR will be unavailable on {G.fmt_date(d, lang, 'long')} from 1:00 to 5:00. "
                                               "Use paper downtime forms and enter critical micro results afterwards."]),
            ("New lab interface - susceptibility reports", ["Starting Monday, susceptibility reports will show restriction "
                                                            "comments (e.g. 'meropenem: approval required'). Report issues at 819-555-0140."]),
            ("Phishing alert", ["A fraudulent 'Update your Outlook mailbox' e-mail is circulating. Do not click. Forward it to "
                                "securite@chrvm.example and delete it."]),
            ("Password reset", [f"Your password expires in 5 days. User ID: {r.choice(['TESV01', 'DALA02', 'CYRI04'])}. "
                                "Use the self-service portal."])][k]
    b = [greet(r, lang, None)] + body + [("sig", [G.staff("it", lang), G.staff_role("it", lang), "819-555-0140"])]
    return n.spec(subj, G.staff_addr("it"), [("Utilisateurs", "utilisateurs@" + G.ORG["dom"])], b)


def facilities(c, lang):
    r = c.rng
    n = NS(c, lang, "facilities", L(lang, "avis des installations matérielles", "facilities notice"))
    k = r.randrange(3)
    serial = G.gen_sin(r)  # Luhn-valid 9-digit equipment serial (not a person)
    if lang == "fr":
        subj, body = [
            ("Alarme réfrigérateur à vaccins - salle 3", [f"Le réfrigérateur Helmer (n° de série {serial}) a atteint 9,2 °C "
                                                          "pendant 40 minutes cette nuit. Les vaccins sont en quarantaine; "
                                                          "ne pas les utiliser avant l'avis de la pharmacie.",
                                                          "Le technicien passe demain 10 h."]),
            ("Entretien des chambres à pression négative", ["Vérification annuelle des chambres d'isolement aérien 4B-12, 4B-14 "
                                                            "et 6A-02 mardi. Les chambres seront hors service de 8 h à 12 h."]),
            ("Travaux - stationnement P2", ["Le stationnement P2 sera fermé du 3 au 7. Les patients de la clinique santé-voyage "
                                            "peuvent utiliser le P4 (navette)."])][k]
    else:
        subj, body = [
            ("Vaccine fridge alarm - room 3", [f"The Helmer fridge (serial no. {serial}) reached 9.2 °C for 40 minutes overnight. "
                                               "Vaccines are quarantined; do not use until pharmacy clears them.",
                                               "The technician comes tomorrow at 10."]),
            ("Negative-pressure room maintenance", ["Annual check of airborne isolation rooms 4B-12, 4B-14 and 6A-02 on Tuesday. "
                                                    "Rooms out of service 8:00-12:00."]),
            ("Construction - P2 parking", ["P2 parking closed from the 3rd to the 7th. Travel clinic visitors can use P4 (shuttle)."])][k]
    b = [greet(r, lang, None)] + body + [("sig", [L(lang, "Services techniques", "Facilities"), G.ORG[lang], "819-555-0145"])]
    return n.spec(subj, ("Services techniques", "installations@" + G.ORG["dom"]), [G.staff_addr("nurse_mgr"), G.staff_addr("tnurse")], b)


def credentialing(c, lang):
    r = c.rng
    n = NS(c, lang, "credentialing", L(lang, "dossier de nomination d'un médecin dépanneur", "locum physician credentialing"))
    doc = r.choice([("Étienne", "Lamarre", "M"), ("Sophie", "Kuehn", "F"), ("Daniel", "Ibarra", "M")])
    dob = _dt.date(r.randrange(1965, 1992), r.randrange(1, 13), r.randrange(1, 28))
    lic = f"{r.randrange(1, 2)}-{r.randrange(10000, 99999)}"
    kv = [(L(lang, "Nom", "Name"), f"{doc[0]} {doc[1]}"), (L(lang, "Date de naissance", "Date of birth"), dob.isoformat()),
          (L(lang, "No de permis (CMQ)", "Licence no. (CMQ)"), lic),
          (L(lang, "Spécialité", "Specialty"), L(lang, "infectiologie", "infectious diseases")),
          (L(lang, "Période", "Period"), f"{_f(c, 30).isoformat()} - {_f(c, 44).isoformat()}"),
          (L(lang, "Privilèges demandés", "Privileges"), L(lang, "consultation, garde, clinique VIH", "consults, call, HIV clinic"))]
    b = [greet(r, lang, None),
         L(lang, f"Voici le dossier de nomination temporaire du Dr {doc[1]} pour le dépannage de deux semaines en infectiologie.",
           f"Attached is the temporary appointment file for Dr. {doc[1]} for the two-week ID locum."),
         ("table", None, [[k, v] for k, v in kv]),
         L(lang, "Le CMDP doit l'approuver à la réunion du mois.", "The medical executive committee will approve it this month."),
         sig_block("mgr", lang, r, G.PHONE_MAIN)]
    return n.spec(L(lang, "Nomination temporaire - médecin dépanneur", "Temporary appointment - locum physician"),
                  G.staff_addr("mgr"), [("Bureau du CMDP", "cmdp@" + G.ORG["dom"])], b)


def student_rotation(c, lang):
    r = c.rng
    n = NS(c, lang, "teaching_schedule", L(lang, "horaire des stagiaires", "trainee rotation schedule"))
    names = r.sample([("Lou", "Bissonnette"), ("Akash", "Verma"), ("Clara", "Dupuis"), ("Ben", "Whitmore"), ("Inès", "Haddou"),
                      ("Félix-Antoine", "Roux")], 4)
    start = _f(c, 14 - c.now.weekday())
    rows = [[f"{a} {b_}", r.choice(["R1 MI", "R2 MF", L(lang, "externe", "clerk"), "R3 micro"]),
             G.fmt_date(start + _dt.timedelta(weeks=2 * i), lang, "iso"),
             r.choice([L(lang, "consultations", "consults"), L(lang, "clinique VIH", "HIV clinic"),
                       L(lang, "santé-voyage", "travel clinic"), "TIVAD" if lang == "fr" else "OPAT"])] for i, (a, b_) in enumerate(names)]
    b = [greet(r, lang, None), L(lang, "Horaire des stagiaires pour la prochaine période :", "Trainee schedule for the next period:"),
         ("table", L(lang, ["Stagiaire", "Niveau", "Début", "Milieu"], ["Trainee", "Level", "Start", "Setting"]), rows),
         L(lang, "Enseignement : jeudi 12 h, salle 2-114 (cas cliniques anonymisés).",
           "Teaching: Thursday noon, room 2-114 (de-identified cases)."), sig_block("resident", lang, r)]
    return n.spec(L(lang, "Stagiaires - horaire", "Trainees - schedule"), G.staff_addr("resident"),
                  [("Médecins infectio", "md-infectio@" + G.ORG["dom"])], b)


def meeting_reply(c, lang):
    r = c.rng
    n = NS(c, lang, "meeting", L(lang, "échange sur une réunion d'équipe", "team meeting thread"))
    d = _f(c, r.randrange(3, 10))
    q = [L(lang, f"Est-ce qu'on peut déplacer la réunion TIVAD du {G.fmt_date(d, lang, 'long')} à 13 h? "
                 "J'ai la clinique de la Dre Thériault (tuberculose) en avant-midi.",
           f"Can we move the OPAT meeting on {G.fmt_date(d, lang, 'long')} to 1 pm? I'm covering Dr. Thériault's TB clinic "
           "in the morning."), "Isabelle"]
    ans = [L(lang, "13 h me va. J'ai réservé la salle 2-114 et j'envoie une nouvelle invitation.",
             "1 pm works. I booked room 2-114 and will send a new invite."),
           L(lang, "Ordre du jour : indicateurs du trimestre (durée moyenne 23 jours), nouvelles pompes, protocole daptomycine.",
             "Agenda: quarterly indicators (mean duration 23 days), new pumps, daptomycin protocol."), G.STAFF["mgr"][0]]
    attr = L(lang, f"Le {G.fmt_date(c.now.date(), lang, 'long')}, Isabelle Cyr <i.cyr@chrvm.example> a écrit :",
             f"On {G.fmt_date(c.now.date(), lang, 'long')}, Isabelle Cyr <i.cyr@chrvm.example> wrote:")
    return n.spec(L(lang, "RE: Réunion TIVAD", "RE: OPAT meeting"), G.staff_addr("mgr"), [G.staff_addr("opat")],
                  ans + [("quote", attr, q)], cc=[G.staff_addr("idmd")], in_reply_to=f"<{r.randrange(16**12):012x}@chrvm.example>")


TEMPLATES = {
    "oncall_schedule": oncall_schedule, "vacation_request": vacation_request, "payroll": payroll,
    "occ_health": occ_health, "job_posting": job_posting, "candidate_interviews": candidate_interviews,
    "baby_announcement": baby_announcement, "staff_birthday": staff_birthday, "it_notice": it_notice,
    "facilities": facilities, "credentialing": credentialing, "student_rotation": student_rotation,
    "meeting_reply": meeting_reply,
}
