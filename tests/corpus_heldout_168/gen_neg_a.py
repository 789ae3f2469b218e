"""Negative templates, part A: staff, schedules, HR, payroll, occupational health."""
import datetime

import gen_common as C
from gen_mime import Forward, Pre, Quote, Table
from gen_pos_a import att_docx, att_ics, att_pdf, att_xlsx

S = C.STAFF
PHYS = ["dufour", "haddad", "mensah", "leclerc", "chen", "okafor", "menard", "kowalski"]
ALL_STAFF = {"all": ("Équipe MI-VIH", "equipe.mi@hsaubin.example")}
CANDIDATES = ["Audrey Lanctôt", "Jérôme Picard", "Naomi Zhou", "Félicia Dorval", "Owen MacKinnon", "Inès Belkacem",
              "Mathilde Saucier", "Victor Ngata"]


def _d(c, m=None, d=None):
    return c.day(5, 75)


# ---- n1. on-call schedule ------------------------------------------------------
def oncall(c):
    nxt = c.day(20, 20)
    month = nxt.month
    rows = []
    start = datetime.date(nxt.year, month, 1)
    for w in range(4):
        d = start + datetime.timedelta(days=7 * w)
        rows.append([d.isoformat(), S[c.choice(PHYS[:5])].dname(c.lang), S[c.choice(["mensah", "okafor"])].dname(c.lang),
                     S[c.choice(["vachon", "nguyen", "arsenault"])].dname(c.lang)])
    hdr = c.L(["Semaine du", "Garde MI/consult", "Clinique VIH", "Résident"], ["Week of", "ID on call/consults", "HIV clinic", "Resident"])
    xl = c.rng.random() < 0.4
    atts = [att_xlsx(c.L("Horaire_garde_MI_", "ID_oncall_") + f"{nxt.year}-{month:02d}.xlsx", [(c.L("Garde", "On-call"), [hdr] + rows)])] if xl else []
    if c.lang == "fr":
        subj = f"Horaire de garde MI – {C.MOIS[month - 1]} {nxt.year}"
        body = ["Bonjour à tous,", "Voici l'horaire de garde du mois. La Dre Ménard assure la clinique de tuberculose "
                "les mardis ; le Dr Okafor couvre la PrEP le jeudi soir.",
                *([] if xl else [Table(hdr, rows)]), "Les échanges doivent m'être signalés d'avance.", C.signature(S["ferland"], "fr")]
    else:
        subj = f"ID on-call schedule - {C.MONTHS[month - 1]} {nxt.year}"
        body = ["Hi all,", "Here is this month's on-call schedule. Dr Ménard runs the TB clinic on Tuesdays; "
                "Dr Okafor covers the PrEP evening clinic on Thursdays.",
                *([] if xl else [Table(hdr, rows)]), "Please let me know about swaps in advance.", C.signature(S["ferland"], "en")]
    return c.spec("schedule", subj, c.who("ferland"), [ALL_STAFF["all"]], body,
                  c.L("horaire de garde des médecins", "physician on-call schedule"), atts=atts)


# ---- n2. leave request / approval ---------------------------------------------
def leave(c):
    who = c.choice(["hebert", "dube", "bergeron", "levesque", "mercier", "poulin", "benali"])
    d1 = _d(c)
    d2 = d1 + datetime.timedelta(days=c.rng.randint(3, 15))
    kind = c.choice([("vacances annuelles", "annual vacation"), ("congé de perfectionnement", "professional development leave"),
                     ("congé pour raisons familiales", "family leave"), ("retour progressif", "graduated return to work")])
    if c.lang == "fr":
        subj = c.choice([f"Demande de congé – {S[who].name}", "Approbation de congé", "RE: congé"])
        body = [f"Bonjour {S[who].given},",
                f"Ta demande de {kind[0]} du {d1.isoformat()} au {d2.isoformat()} est approuvée. "
                "Merci de mettre à jour le calendrier partagé et ta réponse d'absence.", C.signature(S["cote"], "fr")]
    else:
        subj = c.choice([f"Leave request - {S[who].name}", "Leave approved", "RE: time off"])
        body = [f"Hi {S[who].given},", f"Your {kind[1]} from {d1.isoformat()} to {d2.isoformat()} is approved. "
                "Please update the shared calendar and your out-of-office.", C.signature(S["cote"], "en")]
    return c.spec("hr_leave", subj, c.who("cote"), [c.who(who)], body, c.L("approbation de congé d'un employé", "staff leave approval"),
                  cc=[c.who("lacasse")])


# ---- n3. payroll ----------------------------------------------------------------
def payroll(c):
    per = c.rng.randint(1, 26)
    n = c.rng.randint(3, 5)
    emps = c.rng.sample(["hebert", "dube", "bergeron", "poulin", "mercier", "benali", "gosselin", "levesque"], n)
    rows = [[S[e].name, f"{c.rng.randint(100000, 199999)}", f"{c.rng.randint(2, 12)}", c.choice(["soir", "nuit", "fin de sem."]) if c.lang == "fr"
             else c.choice(["evening", "night", "weekend"])] for e in emps]
    hdr = c.L(["Employé(e)", "Matricule", "Heures", "Prime"], ["Employee", "Employee no.", "Hours", "Premium"])
    if c.lang == "fr":
        subj = f"Paie – période {per:02d} – corrections de primes"
        body = ["Bonjour,", f"Les corrections suivantes seront appliquées à la paie de la période {per:02d} :", Table(hdr, rows),
                "Les relevés seront disponibles dans le portail employé jeudi.", C.signature(S["lacasse"], "fr")]
    else:
        subj = f"Payroll - period {per:02d} - premium corrections"
        body = ["Hello,", f"The following corrections will be applied to pay period {per:02d}:", Table(hdr, rows),
                "Pay stubs will be on the employee portal Thursday.", C.signature(S["lacasse"], "en")]
    return c.spec("payroll", subj, c.who("lacasse"), [c.who("cote")], body, c.L("corrections de paie", "payroll corrections"))


# ---- n4. staff occupational health (TB test, fit test) --------------------------
def occ_health(c):
    kind = c.rng.randrange(3)
    names = c.rng.sample(["hebert", "dube", "bergeron", "gosselin", "levesque", "arsenault", "nguyen", "vachon"], 4)
    if kind == 0:
        rows = [[S[x].name, S[x].role_fr if c.lang == "fr" else S[x].role_en, _d(c).isoformat()] for x in names]
        hdr = c.L(["Employé(e)", "Titre", "TCT dû le"], ["Employee", "Title", "TST due"])
        subj = c.L("Santé au travail – TCT annuel à faire", "Occupational health - annual TST due")
        intro = c.L("Les employés suivants doivent passer leur test cutané à la tuberculine (TCT) annuel :",
                    "The following staff are due for their annual tuberculin skin test:")
    elif kind == 1:
        rows = [[S[x].name, c.choice(["3M 1870+", "3M 1860S", "Halyard 46727"]), _d(c).isoformat() + " 13:" + c.choice(["00", "20", "40"])] for x in names]
        hdr = c.L(["Employé(e)", "Modèle N95", "Essai d'ajustement"], ["Employee", "N95 model", "Fit test"])
        subj = c.L("Essais d'ajustement N95 – horaire", "N95 fit testing - schedule")
        intro = c.L("Horaire des essais d'ajustement (obligatoire avant de travailler en chambre TB) :",
                    "Fit-test schedule (required before working in TB isolation rooms):")
    else:
        x = names[0]
        rows = None
        subj = c.L("Retour au travail autorisé", "Cleared to return to work")
        intro = c.L(f"Bonjour {S['cote'].given}, {S[x].name} est autorisé(e) par le bureau de santé à reprendre le travail "
                    "lundi, sans restriction, après son absence pour syndrome grippal.",
                    f"Hi {S['cote'].given}, occupational health has cleared {S[x].name} to return Monday without restrictions "
                    "after an influenza-like illness.")
    body = ([c.L("Bonjour,", "Hello,")] if rows else []) + [intro] + ([Table(hdr, rows)] if rows else []) + \
           ["Bureau de santé au travail – poste 0150" if c.lang == "fr" else "Occupational Health Office - ext. 150"]
    return c.spec("occupational_health", subj, ("Santé au travail", "sante.travail@hsaubin.example"),
                  [c.who("cote")], body, c.L("santé au travail des employés", "staff occupational health"))


# ---- n5. staff vaccination campaign ---------------------------------------------
def vaccination(c):
    pct = c.rng.randint(48, 79)
    if c.lang == "fr":
        subj = c.choice(["Campagne de vaccination antigrippale des employés", "Vaccination COVID/grippe – cliniques mobiles"])
        body = ["Bonjour à tous,", f"La couverture vaccinale des employés de la direction est actuellement de {pct} %. "
                "Des cliniques mobiles passeront au pavillon C les mardis et jeudis de 11 h à 14 h.",
                "Apportez votre carte d'employé. Le vaccin est gratuit pour tout le personnel.",
                "Service de prévention et contrôle des infections"]
    else:
        subj = c.choice(["Staff influenza vaccination campaign", "COVID/flu vaccination - mobile clinics"])
        body = ["Hello everyone,", f"Staff vaccine coverage in our department is currently {pct}%. Mobile clinics will visit "
                "Pavilion C Tuesdays and Thursdays 11:00-14:00.", "Bring your staff ID. Free for all personnel.",
                "Infection Prevention and Control"]
    return c.spec("staff_vaccination", subj, c.who("levesque"), [ALL_STAFF["all"]], body,
                  c.L("campagne de vaccination du personnel", "staff vaccination campaign"), fmt=c.choice(["html", "alt"]))


# ---- n6. job posting ------------------------------------------------------------
def job_posting(c):
    job = c.choice([("Infirmière clinicienne / infirmier clinicien – ATIVAD", "Clinical nurse - OPAT program"),
                    ("Pharmacien(ne) – programme de gestion des antimicrobiens", "Pharmacist - antimicrobial stewardship"),
                    ("Agent(e) administratif(ve) classe 2 – clinique VIH", "Administrative agent - HIV clinic"),
                    ("Conseiller(ère) en prévention des infections", "Infection prevention practitioner")])
    no = f"AFF-2025-{c.rng.randint(100, 999)}"
    if c.lang == "fr":
        subj = f"Affichage de poste {no} – {job[0]}"
        body = [f"Affichage interne/externe {no}", f"Titre : {job[0]}\nStatut : temps complet permanent, jour\n"
                f"Échelle salariale : {c.rng.randint(28, 35)},{c.rng.randint(10, 99)} $ à {c.rng.randint(45, 55)},{c.rng.randint(10, 99)} $ l'heure",
                "Exigences : permis d'exercice valide, 2 ans d'expérience en maladies infectieuses, bilinguisme un atout.",
                f"Fin de l'affichage : {_d(c).isoformat()}. Postuler via le portail carrières.", C.signature(S["lacasse"], "fr")]
    else:
        subj = f"Job posting {no} - {job[1]}"
        body = [f"Internal/external posting {no}", f"Title: {job[1]}\nStatus: full-time permanent, days\n"
                f"Salary: ${c.rng.randint(28, 35)}.{c.rng.randint(10, 99)} to ${c.rng.randint(45, 55)}.{c.rng.randint(10, 99)}/hour",
                "Requirements: valid licence, 2 years' ID experience, French required.",
                f"Closing date: {_d(c).isoformat()}. Apply through the careers portal.", C.signature(S["lacasse"], "en")]
    return c.spec("job_posting", subj, c.who("lacasse"), [("Liste de diffusion – affichages", "affichages@hsaubin.example")], body,
                  c.L("affichage de poste", "job posting"))


# ---- n7. candidate interviews ------------------------------------------------------
def interviews(c):
    cands = c.rng.sample(CANDIDATES, 3)
    rows = [[f"{9 + i}:00", n, c.choice(["CV + lettre", "CV, références"]) if c.lang == "fr" else c.choice(["CV + letter", "CV, references"])]
            for i, n in enumerate(cands)]
    if c.lang == "fr":
        subj = "Entrevues – poste infirmière clinicienne ATIVAD"
        body = ["Bonjour,", f"Voici l'horaire des entrevues du {_d(c).isoformat()} (salle C-312) :",
                Table(["Heure", "Candidat(e)", "Documents"], rows), "Grille d'évaluation dans le dossier partagé RH.",
                C.signature(S["lacasse"], "fr")]
    else:
        subj = "Interviews - OPAT clinical nurse position"
        body = ["Hi,", f"Interview schedule for {_d(c).isoformat()} (room C-312):", Table(["Time", "Candidate", "Documents"], rows),
                "Scoring grid is in the HR shared folder.", C.signature(S["lacasse"], "en")]
    return c.spec("hr_interviews", subj, c.who("lacasse"), [c.who("cote"), c.who("tremblay")], body,
                  c.L("horaire d'entrevues de candidats", "candidate interview schedule"))


# ---- n8. colleague's baby ---------------------------------------------------------
def baby(c):
    who = c.choice(["bergeron", "gosselin", "nguyen", "beaulieu", "levesque"])
    d = _d(c)
    baby_name = c.choice(["Léa", "Noah", "Florence", "Arthur", "Maëlle", "Elliot"])
    kg = f"{c.rng.randint(2, 4)}{',' if c.lang == 'fr' else '.'}{c.rng.randint(1, 9)}"
    if c.lang == "fr":
        subj = c.choice(["Bienvenue bébé !", f"Naissance – félicitations à {S[who].given}"])
        body = ["Bonjour l'équipe,", f"Grande nouvelle : {S[who].name} a accueilli le petit {baby_name}, né le "
                f"{C.date_as(d, 'fr', 'long')}, {kg} kg. Tout le monde va bien !",
                "Une carte circule au secrétariat (C-301) jusqu'à vendredi.", S["ferland"].given]
    else:
        subj = c.choice(["Welcome baby!", f"Congratulations to {S[who].given}"])
        body = ["Hi team,", f"Great news: {S[who].name} welcomed baby {baby_name}, born {C.date_as(d, 'en', 'long')}, {kg} kg. "
                "Everyone is doing well!", "A card is at the front desk (C-301) until Friday.", S["ferland"].given]
    return c.spec("social_staff", subj, c.who("ferland"), [ALL_STAFF["all"]], body,
                  c.L("annonce de naissance d'un bébé de collègue", "colleague's baby announcement"), fmt=c.choice(["html", "plain"]))


# ---- n9. retirement / birthdays ----------------------------------------------------
def retirement(c):
    if c.rng.random() < 0.5:
        who = c.choice(["mercier", "desjardins", "cote"])
        yrs = c.rng.randint(25, 36)
        if c.lang == "fr":
            subj = f"Départ à la retraite – {S[who].name}"
            body = ["Chers collègues,", f"Après {yrs} ans au service, {S[who].name} prend sa retraite le {_d(c).isoformat()}. "
                    "Un 5 à 7 aura lieu à la salle Laurentides. Contribution volontaire pour le cadeau auprès de Maryse.",
                    C.signature(S["cote"], "fr")]
        else:
            subj = f"Retirement - {S[who].name}"
            body = ["Dear colleagues,", f"After {yrs} years with us, {S[who].name} retires on {_d(c).isoformat()}. "
                    "Join us for a reception in the Laurentides room. Voluntary gift contributions to Maryse.",
                    C.signature(S["cote"], "en")]
    else:
        m = c.rng.randint(1, 12)
        ppl = c.rng.sample(["hebert", "dube", "wong", "patel", "poulin", "charbonneau", "okafor"], 3)
        rows = [[S[x].name, f"{c.rng.randint(1, 28)} {C.MOIS[m - 1]}" if c.lang == "fr" else f"{C.MONTHS[m - 1]} {c.rng.randint(1, 28)}"] for x in ppl]
        subj = c.L(f"Anniversaires de {C.MOIS[m - 1]}", f"{C.MONTHS[m - 1]} birthdays")
        body = [c.L("Bonjour !", "Hi!"), c.L("On souligne les anniversaires du mois jeudi au dîner :", "Celebrating this month's birthdays at Thursday lunch:"),
                Table([c.L("Nom", "Name"), c.L("Date", "Date")], rows), S["ferland"].given]
    return c.spec("social_staff", subj, c.who("ferland"), [ALL_STAFF["all"]], body,
                  c.L("vie d'équipe (retraite, anniversaires)", "team life (retirement, birthdays)"))


# ---- n10. team meeting agenda -------------------------------------------------------
def team_meeting(c):
    d = _d(c)
    if c.lang == "fr":
        items = ["Retour sur l'audit d'hygiène des mains (Sophie Lévesque)", "Nouveau protocole PrEP injectable (Dr Okafor)",
                 "Statistiques ATIVAD du trimestre (Annie Tremblay)", "Varia"]
        subj = f"Réunion d'équipe MI-VIH – {d.isoformat()}"
        body = ["Bonjour,", f"Ordre du jour de la réunion du {d.isoformat()}, 12 h, salle C-310 :",
                "\n".join(f"{i + 1}. {x}" for i, x in enumerate(items)), "Lunch fourni.", C.signature(S["cote"], "fr")]
    else:
        items = ["Hand hygiene audit feedback (Sophie Lévesque)", "New injectable PrEP protocol (Dr Okafor)",
                 "OPAT quarterly statistics (Annie Tremblay)", "Other business"]
        subj = f"ID-HIV team meeting - {d.isoformat()}"
        body = ["Hello,", f"Agenda for {d.isoformat()}, 12:00, room C-310:",
                "\n".join(f"{i + 1}. {x}" for i, x in enumerate(items)), "Lunch provided.", C.signature(S["cote"], "en")]
    return c.spec("meeting", subj, c.who("cote"), [ALL_STAFF["all"]], body, c.L("ordre du jour de réunion d'équipe", "team meeting agenda"))


# ---- n11. resident rotations ---------------------------------------------------------
def rotations(c):
    res = ["Félix Arsenault (R2)", "Laura Nguyen (R3)", "Olivier Vachon (R4)", "Zoé Marchand (R1)", "Amir Sadeghi (externe)"]
    rows = [[r, c.choice([c.L("Consultation MI", "ID consults"), c.L("Clinique VIH", "HIV clinic"), c.L("Microbiologie", "Microbiology lab"),
                          c.L("Clinique TB", "TB clinic")]), f"P{c.rng.randint(7, 13)}"] for r in c.rng.sample(res, 4)]
    subj = c.L("Rotations des résidents – prochaine période", "Resident rotations - next block")
    body = [c.L("Bonjour,", "Hello,"), c.L("Affectations de la prochaine période :", "Assignments for the next block:"),
            Table([c.L("Résident(e)", "Resident"), c.L("Stage", "Rotation"), c.L("Période", "Block")], rows),
            c.L("Évaluations de mi-stage à remplir dans le portail.", "Mid-rotation evaluations due in the portal."), C.signature(S["chen"], c.lang)]
    return c.spec("education", subj, c.who("chen"), [ALL_STAFF["all"]], body, c.L("rotations des résidents", "resident rotations"))


# ---- n12. mandatory training reminder ----------------------------------------------
def training(c):
    rows = [[u, f"{c.rng.randint(41, 97)} %" if c.lang == "fr" else f"{c.rng.randint(41, 97)}%"] for u in ["6N", "7S", "5E", "C-3 cliniques", "USI"]]
    subj = c.L("Formation obligatoire – hygiène des mains et EPI", "Mandatory training - hand hygiene and PPE")
    body = [c.L("Bonjour,", "Hello,"), c.L("Taux de complétion de la formation en ligne par unité :", "Online module completion by unit:"),
            Table([c.L("Unité", "Unit"), c.L("Complété", "Completed")], rows),
            c.L("Date limite : 31 mars. Le module dure 25 minutes.", "Deadline: March 31. The module takes 25 minutes."),
            C.signature(S["gosselin"], c.lang)]
    return c.spec("training", subj, c.who("gosselin"), [("Gestionnaires d'unités", "gestionnaires@hsaubin.example")], body,
                  c.L("rappel de formation obligatoire", "mandatory training reminder"))


# ---- n13. benefits enrolment (staff birth date) -------------------------------------
def benefits(c):
    who = c.choice(["dube", "wong", "poulin", "benali", "gosselin"])
    dob = datetime.date(c.rng.randint(1968, 1996), c.rng.randint(1, 12), c.rng.randint(1, 28))
    if c.lang == "fr":
        subj = "Assurance collective – changement de protection"
        body = ["Bonjour,", f"Employé(e) : {S[who].name}\nMatricule : {c.rng.randint(100000, 199999)}\n"
                f"Date de naissance : {dob.isoformat()}\nChangement : protection individuelle → familiale, en vigueur le 1er du mois.",
                "Merci de transmettre à l'assureur.", C.signature(S["lacasse"], "fr")]
    else:
        subj = "Group insurance - coverage change"
        body = ["Hello,", f"Employee: {S[who].name}\nEmployee no.: {c.rng.randint(100000, 199999)}\n"
                f"Date of birth: {dob.isoformat()}\nChange: single to family coverage, effective the 1st of the month.",
                "Please forward to the carrier.", C.signature(S["lacasse"], "en")]
    return c.spec("hr_benefits", subj, c.who("lacasse"), [("Service de la paie", "paie@hsaubin.example")], body,
                  c.L("changement d'assurance collective d'un employé", "employee benefits change"))
