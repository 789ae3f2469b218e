"""Negative templates, part A: HR, schedules, payroll, staff health, postings, candidates, staff life."""
import datetime as _dt

import gen_data as D
import gen_mime as M
from gen_common import Att, addr_of, bullets, quote, quoted_header, when_txt

DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_T = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

GUESTS = [("F", "Hélène", "Marchessault"), ("M", "Bruno", "Desautels"), ("F", "Lina", "Khoury"),
          ("M", "Erik", "Lindqvist"), ("F", "Folake", "Oyelaran"), ("M", "Louis-Philippe", "Castonguay"),
          ("F", "Maude", "Ferland"), ("M", "Piotr", "Ostrowski"), ("F", "Claire", "Delacroix"),
          ("M", "Kenji", "Nakamura"), ("F", "Siobhan", "Brennan"), ("M", "Adrian", "Whitcombe"),
          ("F", "Noémie", "Tanguay"), ("M", "Jérôme", "Villeneuve"), ("F", "Ingrid", "Amstutz")]


def guest(c, doctor=False):
    sex, g, s = c.pick(GUESTS)
    if doctor:
        return (("Dre " if sex == "F" else "Dr ") if c.lang == "fr" else "Dr. ") + f"{g} {s}", g, s
    return (("Mme " if sex == "F" else "M. ") if c.lang == "fr" else ("Ms. " if sex == "F" else "Mr. ")) + f"{g} {s}", g, s


def everyone(c):
    return (c.t("Équipe clinique IC et réadaptation", "HF clinic and rehab team"), f"equipe.cardio@{D.DOM}")


def n_hr_leave(c):
    fr = c.lang == "fr"
    chef = c.staff(c.pick(["chef", "coord"]))
    emps = [c.staff(c.pick(["inf", "kin", "nutr", "physio", "admin"])) for _ in range(c.rng.randint(3, 5))]
    rows = []
    for e in emps:
        d0 = c.today + _dt.timedelta(days=c.rng.randint(20, 120))
        d1 = d0 + _dt.timedelta(days=c.rng.choice([4, 7, 11, 14]))
        rows.append(f"{e.full} ({e.role_txt(c.lang)}) : {d0.isoformat()} au {d1.isoformat()} - "
                    + c.pick(["approuvé", "approuvé", "refusé (chevauchement)", "en attente"]) if fr else
                    f"{e.full} ({e.role_txt(c.lang)}): {d0.isoformat()} to {d1.isoformat()} - "
                    + c.pick(["approved", "approved", "declined (overlap)", "pending"]))
    if fr:
        subj = c.pick(["Vacances d'été - réponses", "Demandes de congé traitées", "Calendrier des vacances"])
        body = (f"Bonjour à tous,\n\nVoici les réponses aux demandes de vacances pour la clinique d'insuffisance cardiaque :\n\n{bullets(rows)}\n\n"
                f"Rappel : un minimum de deux infirmières doit être présent chaque jour de clinique.\n\n" + c.sig(chef))
    else:
        subj = c.pick(["Summer vacation - decisions", "Leave requests processed", "Vacation calendar"])
        body = (f"Hi everyone,\n\nHere are the decisions on vacation requests for the Heart Function Clinic:\n\n{bullets(rows)}\n\n"
                f"Reminder: at least two nurses must be present on every clinic day.\n\n" + c.sig(chef))
    return "hr_leave", "staff vacation decisions", M.compose(c, addr_of(chef), everyone(c), subj, body)


def n_schedule(c):
    fr = c.lang == "fr"
    sender = c.staff(c.pick(["admin", "coord"]))
    docs = [c.staff("cardio") for _ in range(3)] + [c.staff("ips")]
    start = c.today + _dt.timedelta(days=7 - c.today.weekday())
    head = [c.t("Semaine du", "Week of"), c.t("Garde cardiologie", "Cardiology on call"), c.t("Clinique IC", "HF clinic"),
            c.t("Réadaptation (supervision)", "Rehab (supervision)")]
    rows = [head]
    for i in range(4):
        d = start + _dt.timedelta(days=7 * i)
        rows.append([d.isoformat(), f"{docs[i % 3].title(c.lang)} {docs[i % 3].surname}",
                     f"{docs[(i + 1) % 3].title(c.lang)} {docs[(i + 1) % 3].surname}", docs[3].full])
    txt = "\n".join(" | ".join(r) for r in rows)
    html = ('<html><head><meta charset="CHARSET"></head><body><p>' + c.t("Horaire de garde", "On-call schedule") + "</p>"
            + M.html_table(rows) + "<p>" + c.t("Les échanges doivent être approuvés par le chef de service.",
                                               "Swaps must be approved by the department head.") + "</p></body></html>")
    subj = c.t(f"Horaire de garde cardiologie - {MONTH(c, start)}", f"Cardiology on-call schedule - {MONTH(c, start)}")
    body = c.t(f"Bonjour,\n\nHoraire de garde et de clinique :\n\n{txt}\n\n", f"Hello,\n\nOn-call and clinic schedule:\n\n{txt}\n\n") + c.sig(sender)
    atts = []
    if c.chance(0.4):
        atts.append(Att(c.t("horaire_garde.xlsx", "oncall_schedule.xlsx"), XLSX_T, M.make_xlsx([("Garde", rows)])))
    return "schedule", "physician on-call schedule", M.compose(c, addr_of(sender), everyone(c), subj, body, html=html,
                                                              fmt=c.pick(["html", "alt"]), atts=atts)


def MONTH(c, d):
    return (D.MOIS if c.lang == "fr" else D.MONTHS)[d.month - 1] + f" {d.year}"


def n_payroll(c):
    fr = c.lang == "fr"
    pay = (c.t("Service de la paie", "Payroll services"), f"paie@{D.DOM}")
    e = c.staff(c.pick(["inf", "kin", "admin", "physio"]))
    emp_no = f"{c.rng.randint(100000, 999999)}"
    period = c.rng.randint(1, 26)
    hrs = c.rng.choice([3.75, 7.5, 11.25, 15])
    if fr:
        subj = f"Correction de paie - période {period}"
        body = (f"Bonjour {e.given},\n\nSuite à votre demande, une correction sera appliquée à la période {period + 1} :\n"
                f"- Matricule : {emp_no}\n- Heures supplémentaires non payées : {str(hrs).replace('.', ',')} h à taux et demi\n"
                f"- Prime de soir (clinique prolongée du jeudi) : 4 x 3,75 h\n\nLe talon de paie corrigé sera disponible dans Logibec.\n\n"
                f"Service de la paie\nDirection des ressources financières\n{D.ORG_FR}\nPoste 2250")
    else:
        subj = f"Pay correction - period {period}"
        body = (f"Hello {e.given},\n\nFollowing your request, a correction will be applied in pay period {period + 1}:\n"
                f"- Employee no.: {emp_no}\n- Unpaid overtime: {hrs} h at time and a half\n"
                f"- Evening premium (Thursday extended clinic): 4 x 3.75 h\n\nThe corrected pay stub will be available in the HR portal.\n\n"
                f"Payroll services\nFinance department\n{D.ORG_EN}\nExt. 2250")
    return "payroll", "staff pay correction", M.compose(c, pay, addr_of(e), subj, body)


def n_occ_health(c):
    fr = c.lang == "fr"
    e = c.staff(c.pick(["inf", "kin", "physio", "nutr"]))
    chef = c.staff(c.pick(["chef", "coord"]))
    sst = (c.t("Santé et sécurité au travail", "Occupational health and safety"), f"sst@{D.DOM}")
    kind = c.rng.randint(0, 2)
    if kind == 0:
        d, w = c.future(10, 40, hour=False)
        subj = c.t("Retour progressif au travail", "Graduated return to work")
        body = c.t(f"Bonjour {chef.given},\n\nSuite à mon arrêt (chirurgie du genou), le médecin du bureau de santé autorise un retour progressif à compter du {w} : "
                   f"3 jours/semaine, pas de supervision des séances sur tapis roulant pendant 4 semaines.\nJe vous envoie le formulaire signé par courrier interne.\n\n{e.full}",
                   f"Hi {chef.given},\n\nAfter my leave (knee surgery), employee health has cleared a graduated return starting {w}: "
                   f"3 days/week, no treadmill session supervision for 4 weeks.\nSigned form going by internal mail.\n\n{e.full}")
        frm, to = addr_of(e), addr_of(chef)
    elif kind == 1:
        subj = c.t("Rappel - test d'ajustement N95 et vaccination", "Reminder - N95 fit testing and vaccination")
        body = c.t(f"Bonjour,\n\nLe personnel de la clinique IC et de la réadaptation doit compléter le test d'ajustement N95 d'ici la fin du mois. "
                   f"La vaccination antigrippale du personnel aura lieu au local B-114 les mardis de 7 h à 9 h.\n\nSanté et sécurité au travail, poste 2810",
                   f"Hello,\n\nHF clinic and rehab staff must complete N95 fit testing by the end of the month. "
                   f"Staff flu vaccination clinics are held in room B-114 on Tuesdays 7-9 a.m.\n\nOccupational health and safety, ext. 2810")
        frm, to = sst, everyone(c)
    else:
        subj = c.t("Déclaration d'accident de travail", "Workplace incident report")
        body = c.t(f"Bonjour,\n\nJe déclare une entorse lombaire survenue le {c.past(1, 3).isoformat()} en aidant au transfert d'un usager au gymnase de réadaptation. "
                   f"Consultation au bureau de santé prévue. Formulaire SST joint.\n\n{e.full}, {e.role_txt('fr')}",
                   f"Hello,\n\nReporting a low-back strain on {c.past(1, 3).isoformat()} while helping a transfer in the rehab gym. "
                   f"Seeing employee health. OHS form attached.\n\n{e.full}, {e.role_txt('en')}")
        frm, to = addr_of(e), sst
    atts = []
    if kind == 2:
        atts.append(Att(c.t("declaration_SST.docx", "OHS_report.docx"), DOCX_T, M.make_docx(
            [("h", c.t("Déclaration d'événement - employé", "Employee incident report")),
             ("table", [[c.t("Employé", "Employee"), e.full], [c.t("Fonction", "Position"), e.role_txt(c.lang)],
                        [c.t("Nature", "Nature"), c.t("entorse lombaire", "low-back strain")]])])))
    return "occ_health", "staff occupational health", M.compose(c, frm, to, subj, body, atts=atts)


def n_job_posting(c):
    fr = c.lang == "fr"
    rh = (c.t("Acquisition de talents", "Talent acquisition"), f"carrieres@{D.DOM}")
    post = c.pick([("Infirmière clinicienne - clinique d'insuffisance cardiaque", "Clinical nurse - Heart Function Clinic"),
                   ("Kinésiologue - programme de réadaptation cardiaque", "Kinesiologist - Cardiac Rehabilitation Program"),
                   ("Nutritionniste - cardiologie ambulatoire", "Dietitian - outpatient cardiology")])
    num = f"{c.t('AF', 'JP')}-{c.today.year}-{c.rng.randint(100, 999)}"
    if fr:
        subj = f"Affichage {num} : {post[0]}"
        body = (f"Affichage interne et externe {num}\n\n{post[0]}\nStatut : temps complet permanent, jour\nPort d'attache : {D.SITES['HRSB']['fr']}\n\n"
                f"Le titulaire assure le suivi des usagers atteints d'insuffisance cardiaque, la titration de la médication selon les ordonnances collectives "
                f"et l'enseignement sur l'autosurveillance (poids, symptômes, diète hyposodée).\n\nExigences : BAC, membre de l'ordre, RCR à jour.\n"
                f"Échelle salariale : 56,40 $ à 87,79 $/h.\nDate limite : {c.future(10, 25, hour=False)[1]}.\n\nPostulez via le portail carrières.")
    else:
        subj = f"Posting {num}: {post[1]}"
        body = (f"Internal and external posting {num}\n\n{post[1]}\nStatus: full-time permanent, days\nBase: {D.SITES['WMH']['en']}\n\n"
                f"The incumbent follows clients living with heart failure, titrates medication under collective orders and teaches self-monitoring "
                f"(weight, symptoms, low-sodium diet).\n\nRequirements: BSc, professional licence, current BLS.\nSalary: $56.40 to $87.79/h.\n"
                f"Closing date: {c.future(10, 25, hour=False)[1]}.\n\nApply through the careers portal.")
    return "job_posting", "job posting", M.compose(c, rh, everyone(c), subj, body)


def n_candidate(c):
    fr = c.lang == "fr"
    rh = (c.t("Ressources humaines", "Human resources"), f"rh@{D.DOM}")
    chef = c.staff(c.pick(["chef", "coord"]))
    cands = []
    for _ in range(3):
        nm, g, s = guest(c)
        d, w = c.future(3, 12)
        cands.append((nm, w))
    rows = [f"{w} - {nm}" for nm, w in cands]
    if fr:
        subj = "Entrevues - poste d'infirmière clinicienne IC"
        body = (f"Bonjour {chef.given},\n\nVoici l'horaire des entrevues (salle 3.120) :\n{bullets(rows)}\n\n"
                f"Les CV sont joints. La première candidate a 8 ans d'expérience en soins coronariens; la troisième termine son DESS en cardiologie.\n\n"
                f"Ressources humaines")
    else:
        subj = "Interviews - HF clinical nurse position"
        body = (f"Hi {chef.given},\n\nInterview schedule (room 3.120):\n{bullets(rows)}\n\n"
                f"CVs attached. The first candidate has 8 years in coronary care; the third is completing a graduate diploma in cardiology nursing.\n\nHuman resources")
    cv = M.make_pdf("Curriculum vitae", [cands[0][0], "", c.t("Expérience", "Experience"),
                                         c.t("2016-2024 : infirmière, unité coronarienne", "2016-2024: RN, coronary care unit"),
                                         c.t("Formation : BAC sciences infirmières", "Education: BScN")])
    return "candidate", "job candidate interview schedule", M.compose(c, rh, addr_of(chef), subj, body,
                                                                      atts=[Att("CV_candidate_1.pdf", "application/pdf", cv)])


def n_baby(c):
    fr = c.lang == "fr"
    e = c.staff(c.pick(["inf", "kin", "cardio", "ips", "nutr"]))
    sender = c.staff(c.pick(["admin", "coord"]))
    baby = c.pick(["Léa", "Florence", "Noah", "Arthur", "Rosalie"] if fr else ["Olivia", "Liam", "Chloe", "Ethan", "Maya"])
    bd = c.past(2, 10)
    kg = c.rng.choice(["3,2", "3,45", "2,98", "3,71"])
    if fr:
        subj = f"Bienvenue à {baby}!"
        body = (f"Bonjour tout le monde,\n\nNotre collègue {e.full} ({e.role_txt('fr')}) {'a donné naissance à' if e.sex == 'F' else 'est devenu papa de'} {baby}, né{'e' if baby in ('Léa', 'Florence', 'Rosalie') else ''} le "
                f"{D.fmt_date(bd, 'long', 'fr')} à 4 h 12, {kg} kg. {'Maman et bébé' if e.sex == 'F' else 'Toute la famille'} se portent très bien!\n\n"
                f"Une carte circule au poste de la clinique IC jusqu'à vendredi.\n\n{sender.given}")
    else:
        subj = f"Welcome baby {baby}!"
        body = (f"Hi all,\n\nOur colleague {e.full} ({e.role_txt('en')}) welcomed {baby}, born {D.fmt_date(bd, 'long', 'en')} at 4:12 a.m., "
                f"{kg.replace(',', '.')} kg. Everyone is doing great!\n\nA card is at the HF clinic desk until Friday.\n\n{sender.given}")
    return "staff_news", "staff baby announcement with birth date", M.compose(c, addr_of(sender), everyone(c), subj, body)


def n_retirement(c):
    fr = c.lang == "fr"
    e = c.staff(c.pick(["inf", "cardio", "kin"]))
    sender = c.staff(c.pick(["coord", "admin"]))
    d, w = c.future(7, 30)
    if fr:
        subj = f"Départ à la retraite - {e.title('fr')} {e.full}"
        body = (f"Bonjour,\n\nAprès 31 ans au service des personnes atteintes d'insuffisance cardiaque, {e.title('fr')} {e.full} prendra sa retraite. "
                f"{'Elle' if e.sex == 'F' else 'Il'} a mis sur pied le premier programme de réadaptation cardiaque de la région en 1998.\n\n"
                f"5 à 7 le {w}, salle Bellevue (2e étage). Contribution suggérée : 10 $ auprès de {sender.given}.\n\n{sender.full}")
    else:
        subj = f"Retirement - {e.title('en')} {e.full}"
        body = (f"Hello,\n\nAfter 31 years caring for people living with heart failure, {e.title('en')} {e.full} is retiring. "
                f"{'She' if e.sex == 'F' else 'He'} started the region's first cardiac rehab program in 1998.\n\n"
                f"Farewell gathering {w}, Bellevue room (2nd floor). Suggested contribution $10 to {sender.given}.\n\n{sender.full}")
    return "retirement", "retirement party notice", M.compose(c, addr_of(sender), everyone(c), subj, body)


def n_training(c):
    fr = c.lang == "fr"
    coord = c.staff(c.pick(["coord", "chef"]))
    head = [c.t("Employé", "Employee"), c.t("Matricule", "Employee no."), c.t("Formation", "Course"), c.t("Réussie le", "Completed"),
            c.t("Échéance", "Expires")]
    rows = [head]
    for _ in range(c.rng.randint(5, 8)):
        e = c.staff()
        d = c.past(30, 600)
        rows.append([e.full, c.rng.randint(100000, 999999), c.pick(["RCR/DEA", "ACLS", "Omega", "ECG 12 dérivations" if fr else "12-lead ECG"]),
                     d.isoformat(), (d + _dt.timedelta(days=730)).isoformat()])
    csvb = M.make_csv(rows, sep=";" if fr else ",", enc="windows-1252" if fr else "utf-8")
    if fr:
        subj = "Formations obligatoires - suivi"
        body = f"Bonjour,\n\nÉtat des certifications du personnel de la clinique IC et de la réadaptation (CSV). Merci de vous inscrire si votre échéance arrive.\n\n" + c.sig(coord)
    else:
        subj = "Mandatory training - tracking"
        body = f"Hello,\n\nCertification status for HF clinic and rehab staff (CSV). Please register if yours is expiring.\n\n" + c.sig(coord)
    return "training", "staff certification tracking", M.compose(c, addr_of(coord), everyone(c), subj, body, atts=[
        Att(c.t("certifications.csv", "certifications.csv"), "text/csv", csvb, charset="windows-1252" if fr else "utf-8")])


def n_students(c):
    fr = c.lang == "fr"
    coord = c.staff(c.pick(["coord", "kin"]))
    school = c.t("Cégep de Saint-Brévin", "Westfield College")
    studs = [c.pick(["Laurie", "Mégane", "Antoine", "Zoé", "Raphaël", "Jade", "Sarah-Maude", "Thomas"]) for _ in range(3)]
    d, w = c.future(10, 50, hour=False)
    if fr:
        subj = "Stagiaires en réadaptation cardiaque - session d'automne"
        body = (f"Bonjour,\n\nTrois stagiaires en techniques de réadaptation ({school}) seront avec nous à compter du {w} : {', '.join(studs)}.\n"
                f"Superviseur : {coord.full}. Ils observeront les séances de groupe et les tests de marche de 6 minutes (aucun accès au DPE).\n\n" + c.sig(coord, clinic="rehab"))
    else:
        subj = "Cardiac rehab students - fall term"
        body = (f"Hello,\n\nThree rehabilitation students ({school}) will join us starting {w}: {', '.join(studs)}.\n"
                f"Supervisor: {coord.full}. They will observe group sessions and 6-minute walk tests (no EHR access).\n\n" + c.sig(coord, clinic="rehab"))
    return "students", "student placement notice", M.compose(c, addr_of(coord), everyone(c), subj, body)


def n_meeting_ics(c):
    fr = c.lang == "fr"
    chef = c.staff(c.pick(["chef", "coord"]))
    d, w = c.future(3, 20)
    h = c.rng.choice([7, 8, 12, 16])
    summary = c.t("Réunion d'équipe - clinique IC et réadaptation", "Team meeting - HF clinic and rehab")
    desc = c.t("Ordre du jour : 1. Indicateurs du trimestre 2. Nouvelle ordonnance collective de titration 3. Varia",
               "Agenda: 1. Quarterly indicators 2. New titration collective order 3. Other")
    ics = M.make_ics(f"{c.rng.getrandbits(64):016x}@{D.DOM}", d.strftime("%Y%m%d") + f"T{h:02d}0000",
                     d.strftime("%Y%m%d") + f"T{h + 1:02d}0000", summary, c.t("Salle 3.120 et Teams", "Room 3.120 and Teams"),
                     desc, chef.email, c.today.strftime("%Y%m%d") + "T120000")
    body = c.t(f"Bonjour,\n\n{desc}\n\n{chef.full}", f"Hello,\n\n{desc}\n\n{chef.full}")
    return "meeting", "team meeting invitation", M.compose(c, addr_of(chef), everyone(c), summary, body,
                                                           atts=[Att("reunion.ics" if fr else "meeting.ics", "text/calendar", ics, charset="utf-8")])


TEMPLATES = [n_hr_leave, n_schedule, n_payroll, n_occ_health, n_job_posting, n_candidate, n_baby, n_retirement,
             n_training, n_students, n_meeting_ics]
