"""Negative templates, part A: staff mail (schedules, leave, payroll, occupational health, HR, candidates)."""
import datetime

import gen_common as C
from gen_pos_a import DOM, L, drname, who

CAND = [("Noémie", "Gauvreau"), ("Ahmed", "Benali"), ("Laura", "Kim"), ("Félix-Antoine", "Roberge"),
        ("Sabrina", "Lepage"), ("Daniel", "Okoye"), ("Marie-Pier", "Lussier"), ("Jonathan", "Wexler"),
        ("Camille", "Arsenault"), ("Priyanka", "Rao")]


def team_list(m, k):
    return m.rng.sample(C.STAFF, k)


# ---------------------------------------------------------------- on-call / clinic schedule
def schedule(c, lang):
    m = c.new(lang, False)
    r = m.rng
    s, frm = who(m, "program manager")
    d0 = c.when().date()
    d0 = d0 - datetime.timedelta(days=d0.weekday())
    rows = [[L(m, "Date", "Date"), L(m, "Bloc AM", "OR AM"), L(m, "Clinique PM", "Clinic PM"), L(m, "Garde", "On call")]]
    surg = [x for x in C.STAFF if "surgeon" in x[4]]
    for i in range(5):
        d = d0 + datetime.timedelta(days=i)
        a, b, g = r.choice(surg), r.choice(C.STAFF[3:5]), r.choice(surg)
        rows.append([C.fday(d, lang), drname(a, lang), drname(b, lang), drname(g, lang)])
    text = L(m, "Bonjour à tous,\n\nVoici l'horaire de la semaine du %s. Rappel : la clinique de suivi post-sleeve du mercredi est déplacée en salle 4C-12.\n\n[[T]]\n\n"
                "Merci de m'aviser de tout échange de garde avant jeudi midi.\n\n%s",
             "Hi all,\n\nHere is the schedule for the week of %s. Reminder: Wednesday's post-sleeve follow-up clinic moves to room 4C-12.\n\n[[T]]\n\n"
             "Please tell me about any call swaps before Thursday noon.\n\n%s") % (d0.isoformat(), C.signature(s, lang, r))
    team = [C.staff_addr(x) for x in team_list(m, 4)]
    if r.random() < 0.35:
        root = m.mixed(m.body(text.replace("[[T]]", L(m, "(voir fichier)", "(see file)"))),
                       [m.xlsx(L(m, "horaire_semaine.xlsx", "weekly_schedule.xlsx"), [("Horaire", rows)])])
    else:
        root = m.body(text, tables={"[[T]]": rows})
    return m.finish("schedule", L(m, "horaire hebdomadaire de l'équipe", "weekly team schedule"), frm, team,
                    L(m, "Horaire semaine du %s", "Schedule week of %s") % d0.isoformat(), root)


# ---------------------------------------------------------------- leave approval
def leave(c, lang):
    m = c.new(lang, False)
    r = m.rng
    s, frm = who(m, "program manager")
    e = r.choice(C.STAFF[5:14])
    d = c.when().date()
    kind = r.choice([L(m, "vacances", "vacation"), L(m, "congé de perfectionnement (congrès IFSO)", "education leave (IFSO congress)"),
                     L(m, "congé parental", "parental leave"), L(m, "congé sans solde", "unpaid leave")])
    text = L(m, "Bonjour %s,\n\nTa demande de %s du %s au %s est approuvée. %s assurera le remplacement pour les évaluations "
                "préopératoires; les patients déjà convoqués ne seront pas déplacés.\n\nBonnes vacances!\n%s",
             "Hi %s,\n\nYour %s request from %s to %s is approved. %s will cover the pre-op assessments; patients already booked "
             "will not be moved.\n\nEnjoy!\n%s") % (e[0], kind, d.isoformat(), (d + datetime.timedelta(days=r.choice([5, 12, 19]))).isoformat(),
                                                   r.choice(C.STAFF[5:14])[0], s[0])
    return m.finish("leave", L(m, "approbation de congé d'un employé", "staff leave approval"), frm, C.staff_addr(e),
                    L(m, "Approbation — demande de congé", "Approved - leave request"), m.body(text))


# ---------------------------------------------------------------- payroll issue
def payroll(c, lang):
    m = c.new(lang, False)
    r = m.rng
    e = r.choice(C.STAFF)
    frm = (L(m, "Service de la paie", "Payroll"), "paie@" + DOM)
    emp = "%06d" % r.randrange(100000, 999999)
    text = L(m, "Bonjour %s %s,\n\nNous avons corrigé l'écart sur votre relevé de paie de la période %d (matricule %s) : 7,5 h de prime de garde "
                "n'avaient pas été saisies. Le montant de 312,40 $ sera versé le %s.\n\nNAS au dossier : ***-***-%03d (inchangé).\n"
                "Pour toute question : poste 2150.\n\nService de la paie\n%s",
             "Hello %s %s,\n\nWe corrected the discrepancy on your pay statement for period %d (employee no. %s): 7.5 h of on-call premium "
             "had not been entered. The $312.40 will be paid on %s.\n\nSIN on file: ***-***-%03d (unchanged).\nQuestions: ext. 2150.\n\nPayroll\n%s") % (
        e[0], e[1], r.randrange(1, 26), emp, c.when().date().isoformat(), r.randrange(100, 999), C.ORG["hosp"])
    if r.random() < 0.4:
        rows = [["Matricule" if lang == "fr" else "Employee no.", "Période" if lang == "fr" else "Period", "Code", "Heures" if lang == "fr" else "Hours", "Montant" if lang == "fr" else "Amount"],
                [emp, "2025-%02d" % r.randrange(1, 26), "PRG", "7.5", "312.40"]]
        root = m.mixed(m.body(text), [m.csv("correction_paie.csv" if lang == "fr" else "pay_correction.csv", rows)])
    else:
        root = m.body(text)
    return m.finish("payroll", L(m, "correction de paie d'un employé", "employee pay correction"), frm, C.staff_addr(e),
                    L(m, "Correction — relevé de paie", "Correction - pay statement"), root)


# ---------------------------------------------------------------- staff occupational health
def occ_health(c, lang):
    m = c.new(lang, False)
    r = m.rng
    frm = (L(m, "Santé et sécurité au travail", "Occupational Health"), "sst@" + DOM)
    mgr = C.staff_addr(C.staff(r, "program manager"))
    e = r.choice(C.STAFF[5:14])
    cond = r.choice([(L(m, "entorse lombaire lors d'un transfert de patient", "low-back strain during a patient transfer"), L(m, "pas de mobilisation de patients > 20 kg", "no patient handling > 20 kg")),
                     (L(m, "chirurgie du genou", "knee surgery"), L(m, "travail assis, pas de garde de nuit", "seated duties, no night call")),
                     (L(m, "épuisement professionnel", "burnout"), L(m, "3 jours/semaine, pas de supervision de stagiaires", "3 days/week, no trainee supervision"))])
    start = c.when().date()
    text = L(m, "Bonjour,\n\nRetour progressif de %s %s (%s) à compter du %s suite à %s.\nRestrictions : %s, pour 4 semaines.\n"
                "Réévaluation par le médecin désigné le %s. Merci d'adapter l'horaire en conséquence.\n\nInfirmière SST, poste 2311",
             "Hello,\n\nGraduated return to work for %s %s (%s) starting %s following %s.\nRestrictions: %s, for 4 weeks.\n"
             "Reassessment by the designated physician on %s. Please adjust the schedule accordingly.\n\nOccupational health nurse, ext. 2311") % (
        e[0], e[1], e[3] if lang == "fr" else e[4], start.isoformat(), cond[0], cond[1], (start + datetime.timedelta(weeks=4)).isoformat())
    return m.finish("occupational_health", L(m, "retour au travail d'une employée (SST)", "employee return to work (occupational health)"),
                    frm, mgr, L(m, "Retour progressif — restrictions", "Graduated return - restrictions"), m.body(text))


# ---------------------------------------------------------------- job candidate
def candidate(c, lang):
    m = c.new(lang, False)
    r = m.rng
    g, sn = r.choice(CAND)
    frm = (L(m, "Ressources humaines", "Human Resources"), "recrutement@" + DOM)
    s, to = who(m, "program manager")
    poste = r.choice([L(m, "nutritionniste — chirurgie bariatrique", "dietitian - bariatric surgery"),
                      L(m, "infirmière clinicienne — suivi post-opératoire", "clinical nurse - post-op follow-up"),
                      L(m, "psychologue — médecine de l'obésité", "psychologist - obesity medicine")])
    dob = datetime.date(r.randrange(1985, 2000), r.randrange(1, 13), r.randrange(1, 28))
    cv = L(m, "CURRICULUM VITAE\n\n%s %s\nCourriel : %s.%s@courriel.example   Tél. : 514 555-01%02d\nDate de naissance : %s\n\n"
              "Formation : B.Sc. %s, Université de Trois-Lacs (2019)\nExpérience : 4 ans en %s, CISSS des Hérons\n"
              "Intérêts : obésité, diabète, troubles du comportement alimentaire\n",
           "CURRICULUM VITAE\n\n%s %s\nEmail: %s.%s@courriel.example   Phone: 514 555-01%02d\nDate of birth: %s\n\n"
           "Education: B.Sc. %s, University of Trois-Lacs (2019)\nExperience: 4 years in %s, Heron Regional Health\n"
           "Interests: obesity, diabetes, eating disorders\n") % (
        g, sn, C.slug(g), C.slug(sn), r.randrange(10, 99), dob.isoformat(), poste.split(" ")[0], L(m, "médecine interne", "internal medicine"))
    body = L(m, "Bonjour %s,\n\nCandidature reçue pour le poste de %s (affichage 2025-%03d). CV en pièce jointe. Entrevue proposée le %s à 10 h.\n\n"
                "Ressources humaines",
             "Hi %s,\n\nApplication received for the %s position (posting 2025-%03d). Resume attached. Interview proposed on %s at 10 am.\n\nHuman Resources") % (
        s[0], poste, r.randrange(1, 400), c.when().date().isoformat())
    att = m.docx("CV_%s_%s.docx" % (C.strip_accents(sn), C.strip_accents(g)), "CV", cv.split("\n")) if r.random() < 0.5 else \
        m.pdf("CV_%s.pdf" % C.strip_accents(sn), "Curriculum vitae", cv)
    return m.finish("candidate", L(m, "candidature et CV d'un postulant", "job application with resume"), frm, to,
                    L(m, "Candidature — %s", "Application - %s") % poste, m.mixed(m.body(body), [att]))


# ---------------------------------------------------------------- birthday / baby / farewell
def social_staff(c, lang):
    m = c.new(lang, False)
    r = m.rng
    s, frm = who(m, "administrative officer")
    e = r.choice(C.STAFF)
    k = r.randrange(3)
    if k == 0:
        d = datetime.date(r.randrange(1995, 2002), r.randrange(1, 13), r.randrange(1, 28))
        text = L(m, "Bonne nouvelle! Bébé %s est arrivé le %s à 3,4 kg, chez %s %s (notre %s). Maman et bébé vont bien.\n"
                    "Une carte circule au poste des infirmières jusqu'à vendredi.",
                 "Great news! Baby %s arrived on %s at 3.4 kg for %s %s (our %s). Mom and baby are doing well.\n"
                 "A card is going around the nursing station until Friday.") % (
            r.choice(["Éloi", "Rose", "Noah", "Léa"]), c.when().date().isoformat(), e[0], e[1], e[3] if lang == "fr" else e[4])
        subj = L(m, "Naissance dans l'équipe!", "A baby in the team!")
    elif k == 1:
        text = L(m, "On souligne vendredi les 25 ans de service de %s %s (née le %d %s %d, elle ne voulait pas qu'on le dise!). "
                    "Gâteau à 14 h 30 dans la salle 4C-20. Elle a commencé en 2000 au 6e étage quand on traitait encore l'obésité "
                    "avec des anneaux gastriques!",
                 "Friday we celebrate %s %s's 25 years of service (born %s %d, %d - she didn't want us to say!). Cake at 2:30 pm in 4C-20. "
                 "She started in 2000 on 6th floor, back when obesity was treated with gastric bands!") % (
            (e[0], e[1], r.randrange(1, 28), C.MONTHS_FR[r.randrange(12)], r.randrange(1968, 1978)) if lang == "fr"
            else (e[0], e[1], C.MONTHS_EN[r.randrange(12)], r.randrange(1, 28), r.randrange(1968, 1978)))
        subj = L(m, "25 ans de service — gâteau vendredi", "25 years of service - cake Friday")
    else:
        text = L(m, "Après 12 ans à la clinique, %s %s prend sa retraite le %s. Dîner d'au revoir au restaurant Le Cormoran, "
                    "12 h, contribution 25 $. Confirmez à %s avant mardi.",
                 "After 12 years with the clinic, %s %s retires on %s. Farewell lunch at Le Cormoran, noon, $25 contribution. "
                 "RSVP to %s by Tuesday.") % (e[0], e[1], c.when().date().isoformat(), s[0])
        subj = L(m, "Départ à la retraite", "Retirement farewell")
    everyone = ("Équipe CMOCB" if lang == "fr" else "Bariatric team", "equipe.cmocb@" + DOM)
    return m.finish("staff_social", L(m, "nouvelle sociale du personnel", "staff social news"), frm, everyone, subj,
                    m.body(text + "\n\n" + s[0], mode=r.choice(["html", "alt", "plain"])))


# ---------------------------------------------------------------- staff absence / coverage
def absence(c, lang):
    m = c.new(lang, False)
    r = m.rng
    s, frm = who(m, "surgeon")
    s2 = r.choice([x for x in C.STAFF if "surgeon" in x[4] and x != s])
    to = [C.staff_addr(C.staff(r, "booking clerk")), C.staff_addr(C.staff(r, "OR coordinator"))]
    text = L(m, "Je serai absent du %s au %s (chirurgie élective — rien de grave). %s couvre ma garde et mes urgences. "
                "Merci de ne pas céduler de consultations de révision pendant cette période; les sleeves déjà planifiés sont transférés "
                "à sa liste.\n\n%s",
             "I'll be away %s to %s (elective surgery of my own - nothing serious). %s covers my call and urgent cases. "
             "Please don't book revision consults in that period; already planned sleeves move to his/her list.\n\n%s") % (
        c.when().date().isoformat(), c.when().date().isoformat(), drname(s2, lang), drname(s, lang))
    return m.finish("absence", L(m, "absence d'un chirurgien et couverture", "surgeon absence and coverage"), frm, to,
                    L(m, "Absence — couverture", "Away - coverage"), m.body(text))


# ---------------------------------------------------------------- training / orientation for new staff
def orientation(c, lang):
    m = c.new(lang, False)
    r = m.rng
    s, frm = who(m, "clinical nurse")
    g, sn = r.choice(CAND)
    text = L(m, "Bienvenue à %s %s qui se joint à nous lundi comme infirmière auxiliaire!\n\nProgramme d'accueil :\n"
                "- Lundi : visite de l'aile C, accès DCI, badge (sécurité, local B-012)\n- Mardi : observation clinique préop avec Sophie\n"
                "- Mercredi : formation sur les lits et fauteuils bariatriques (capacité 450 kg)\n- Jeudi : groupe de soutien (observation)\n\n"
                "Merci de lui réserver un bon accueil.",
             "Please welcome %s %s, who joins us Monday as an LPN!\n\nOrientation:\n- Monday: tour of wing C, EMR access, badge (Security, B-012)\n"
             "- Tuesday: shadowing pre-op clinic with Sophie\n- Wednesday: bariatric beds and chairs training (450 kg capacity)\n"
             "- Thursday: support group (observer)\n\nPlease make her feel welcome.") % (g, sn)
    return m.finish("orientation", L(m, "accueil d'une nouvelle employée", "new staff orientation"), frm,
                    ("Équipe CMOCB", "equipe.cmocb@" + DOM), L(m, "Nouvelle collègue", "New colleague"), m.body(text + "\n\n" + C.signature(s, lang, r)))
