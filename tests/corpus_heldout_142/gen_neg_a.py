"""Negative templates, part A: HR, schedules, payroll, jobs, training, conferences, newsletters."""
import datetime

from gen_base import closing, coti, ccs, greet, hosp_staff, sig, spbo, Who, unit_no
from gen_common import HOSP_BY, ORG, dr, fmt_date, day_phrase, phone, staff, MOIS, MONTHS
from gen_docs import make_docx, make_ics, make_pdf, make_xlsx
from gen_mime import Att, Msg

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _asc(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isalnum() and ord(c) < 128).lower()


def _d(C, days):
    d = C.today + datetime.timedelta(days=days)
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


# N1 shift schedule ------------------------------------------------------------
def n_schedule(C):
    sup = spbo(C, "sup")
    crews = [spbo(C, C.pick(["pcp", "psa"])) for _ in range(8)]
    start = _d(C, C.rng.randint(7, 20))
    rows = [[C.fr("Unité", "Unit"), C.fr("Quart", "Shift")] + [fmt_date(start + datetime.timedelta(days=i), "fr", style=0) for i in range(7)]]
    for i in range(0, 8, 2):
        for q in (C.fr("Jour 07-19", "Day 07-19"), C.fr("Nuit 19-07", "Night 19-07")):
            rows.append([unit_no(C), q] + [C.pick([crews[i].name + " / " + crews[i + 1].name, "-", C.fr("remplaçant", "relief")]) for _ in range(7)])
    att = Att(C.fr("horaire_paramedics_%s.xlsx" % start.strftime("%Y%m%d"), "paramedic_schedule_%s.xlsx" % start.strftime("%Y%m%d")), XLSX,
              make_xlsx([(C.fr("Horaire", "Schedule"), rows)]))
    body = C.fr("\n".join([greet(C), "", "Voici l'horaire des quarts à partir du %s. Les échanges doivent être approuvés "
                           "par le superviseur 48 h à l'avance. %s et %s : vos formations PHTLS sont indiquées en jaune."
                           % (day_phrase(start, "fr"), crews[0].name, crews[3].name), "", closing(C), sig(C, sup)]),
                "\n".join([greet(C), "", "Here is the shift schedule starting %s. Swaps must be approved by the supervisor "
                           "48 h ahead. %s and %s: your PHTLS sessions are highlighted in yellow."
                           % (day_phrase(start, "en"), crews[0].name, crews[3].name), "", closing(C), sig(C, sup)]))
    m = Msg(sup.pair(), [c.pair() for c in crews[:4]], C.fr("Horaire des quarts - période du %s" % fmt_date(start, "fr", style=2),
                                                            "Shift schedule - period starting %s" % fmt_date(start, "en", style=1)),
            body, attachments=[att] if C.rng.random() < 0.7 else [])
    return m, "schedule", C.fr("horaire des quarts des paramédics", "paramedic shift schedule")


# N2 leave request --------------------------------------------------------------
def n_leave(C):
    emp = spbo(C, C.pick(["pcp", "psa", "rmu"]))
    sup = spbo(C, "sup")
    d1 = _d(C, C.rng.randint(20, 90))
    d2 = d1 + datetime.timedelta(days=C.rng.randint(3, 14))
    reason = C.pick(C.fr(["vacances annuelles", "congé de paternité", "congé sans solde (voyage)", "mariage de ma sœur"],
                         ["annual vacation", "paternity leave", "unpaid leave (travel)", "my sister's wedding"]))
    body = C.fr("\n".join([greet(C, sup), "", "Je souhaite déposer une demande de congé du %s au %s (%s). "
                           "J'ai déjà trouvé quelqu'un pour mes deux quarts de fin de semaine." % (fmt_date(d1, "fr", style=2), fmt_date(d2, "fr", style=2), reason),
                           "", closing(C), emp.p.given, "Matricule %05d" % C.rng.randint(10000, 99999)]),
                "\n".join([greet(C, sup), "", "I'd like to request leave from %s to %s (%s). I already found coverage "
                           "for my two weekend shifts." % (fmt_date(d1, "en", style=1), fmt_date(d2, "en", style=1), reason),
                           "", closing(C), emp.p.given, "Employee #%05d" % C.rng.randint(10000, 99999)]))
    if C.rng.random() < 0.5:
        reply = C.fr("Approuvé, je l'entre dans le système. Bonnes vacances!", "Approved, entering it in the system. Enjoy!")
        body = reply + "\n\n" + sig(C, sup, short=True) + "\n\n> " + body.replace("\n", "\n> ")
        subj = "RE: " + C.fr("Demande de congé", "Leave request")
        m = Msg(sup.pair(), [emp.pair()], subj, body)
    else:
        m = Msg(emp.pair(), [sup.pair()], C.fr("Demande de congé", "Leave request"), body)
    return m, "leave_request", C.fr("demande de congé d'un employé", "staff leave request")


# N3 payroll notice --------------------------------------------------------------
def n_payroll(C):
    pay = spbo(C, "fin")
    d = _d(C, C.rng.randint(2, 10))
    prime = C.pick(["1,85", "2,10", "0,95"])
    body = C.fr("\n".join([greet(C), "", "Rappel : la paie du %s inclura la rétroactivité de la prime de nuit (%s $/h) "
                           "prévue à la convention collective 2023-2028." % (fmt_date(d, "fr", style=2), prime),
                           "Les relevés de dépôt seront disponibles dans le portail employé à compter de 6 h.",
                           "Pour toute question sur les heures supplémentaires, écrire à paie@%s en indiquant votre matricule." % ORG["dom"],
                           "", sig(C, pay)]),
                "\n".join([greet(C), "", "Reminder: the %s pay will include the retroactive night premium ($%s/h) under the "
                           "2023-2028 collective agreement." % (fmt_date(d, "en", style=1), prime.replace(",", ".")),
                           "Pay stubs will be on the employee portal from 6 a.m.",
                           "For overtime questions, write to paie@%s with your employee number." % ORG["dom"], "", sig(C, pay)]))
    atts = []
    if C.rng.random() < 0.5:
        rows = [[C.fr("Matricule", "Employee #"), C.fr("Nom", "Name"), C.fr("Heures sup.", "OT hours"), C.fr("Prime nuit", "Night premium")]]
        for _ in range(6):
            e = staff(C.rng, C.lang)
            rows.append(["%05d" % C.rng.randint(10000, 99999), "%s, %s" % (e.surname, e.given), C.rng.randint(0, 32), "%.2f" % (C.rng.randint(0, 900) / 10)])
        atts.append(Att(C.fr("retro_prime_nuit.xlsx", "night_premium_retro.xlsx"), XLSX, make_xlsx([("Paie", rows)])))
    m = Msg(pay.pair(), [("Tous les employés" if C.lang == "fr" else "All staff", "tous@" + ORG["dom"])],
            C.fr("Paie - rétroactivité prime de nuit", "Payroll - night premium retro pay"), body, attachments=atts)
    return m, "payroll", C.fr("avis de paie", "payroll notice")


# N4 employee occupational health ------------------------------------------------
def n_occ_health(C):
    emp = spbo(C, C.pick(["pcp", "psa"]))
    hr = spbo(C, "hr")
    sup = spbo(C, "sup")
    inj = C.pick(C.fr(["entorse lombaire en soulevant une civière", "tendinite à l'épaule droite", "piqûre d'aiguille lors d'une installation de soluté",
                       "commotion après un accident de véhicule d'urgence"],
                      ["lumbar strain lifting a stretcher", "right shoulder tendinitis", "needlestick injury while starting an IV",
                       "concussion after an emergency vehicle collision"]))
    body = C.fr("\n".join([greet(C, sup), "", "Suivi du dossier de lésion professionnelle de %s (%s)." % (emp.name, inj),
                           "Le médecin traitant autorise un retour progressif en tâches allégées à compter du %s : "
                           "4 h/jour, pas de manutention de plus de 10 kg, pas de quart de nuit." % fmt_date(_d(C, 5), "fr", style=2),
                           "Le plan de retour est à signer par l'employé et le superviseur.", "",
                           "Merci de traiter ces renseignements de façon confidentielle (dossier employé).", "", sig(C, hr)]),
                "\n".join([greet(C, sup), "", "Follow-up on %s's workplace injury file (%s)." % (emp.name, inj),
                           "The treating physician authorises a graduated return to modified duties from %s: 4 h/day, no lifting "
                           "over 10 kg, no night shifts." % fmt_date(_d(C, 5), "en", style=1),
                           "The return plan needs the employee's and supervisor's signatures.", "",
                           "Please treat this as confidential employee information.", "", sig(C, hr)]))
    m = Msg(hr.pair(), [sup.pair()], C.fr("Retour progressif - %s" % emp.name, "Graduated return to work - %s" % emp.name), body, cc=[emp.pair()])
    return m, "occupational_health", C.fr("santé au travail d'un employé", "employee occupational health")


# N5 job posting ------------------------------------------------------------------
def n_job(C):
    hr = spbo(C, "hr")
    job = C.pick(C.fr(["Paramédic en soins primaires (temps plein)", "Répartiteur(trice) médical(e) d'urgence", "Coordonnateur(trice) clinique - transferts",
                       "Mécanicien(ne) de véhicules d'urgence"],
                      ["Primary Care Paramedic (full time)", "Emergency Medical Dispatcher", "Clinical Coordinator - Transfers",
                       "Emergency Vehicle Mechanic"]))
    no = "%d-%03d" % (C.today.year, C.rng.randint(10, 199))
    txt = C.fr(["AFFICHAGE DE POSTE %s" % no, "", job, "Port d'attache : Val-des-Cèdres", "",
                "Exigences : DEC en soins préhospitaliers d'urgence ou l'équivalent, inscription au registre national, permis classe 4A.",
                "Atouts : bilinguisme, expérience en transferts interétablissements, formation PHTLS.",
                "Salaire : selon l'échelle de la convention collective (27,84 $ à 39,70 $/h).",
                "Date limite : %s" % fmt_date(_d(C, 21), "fr", style=2), "",
                "Envoyez votre CV à emplois@%s. Seules les personnes retenues seront contactées." % ORG["dom"]],
               ["JOB POSTING %s" % no, "", job, "Home base: Val-des-Cèdres", "",
                "Requirements: college diploma in prehospital emergency care or equivalent, national registry, class 4A licence.",
                "Assets: bilingual, interfacility transfer experience, PHTLS.",
                "Pay: per collective agreement scale ($27.84 to $39.70/h).",
                "Deadline: %s" % fmt_date(_d(C, 21), "en", style=1), "",
                "Send your resume to emplois@%s. Only shortlisted candidates will be contacted." % ORG["dom"]])
    atts = [Att(C.fr("affichage_%s.pdf" % no, "posting_%s.pdf" % no), "application/pdf", make_pdf(job, txt))] if C.rng.random() < 0.5 else []
    m = Msg(hr.pair(), [("Liste affichages", "affichage@" + ORG["dom"])], C.fr("Affichage de poste %s - %s" % (no, job), "Job posting %s - %s" % (no, job)),
            "\n".join(txt + ["", sig(C, hr)]), attachments=atts)
    return m, "job_posting", C.fr("affichage de poste", "job posting")


# N6 candidate interview ------------------------------------------------------------
def n_candidate(C):
    hr = spbo(C, "hr")
    mgr = spbo(C, "dir")
    cand = staff(C.rng, C.lang)
    d = _d(C, C.rng.randint(3, 12))
    cv = make_docx("Curriculum vitae - %s %s" % (cand.given, cand.surname),
                   [C.fr("Paramédic en soins primaires depuis 2019", "Primary care paramedic since 2019"),
                    C.fr("Expérience : Services ambulanciers du Littoral (2019-2024), transferts interétablissements", "Experience: Littoral Ambulance Services (2019-2024), interfacility transfers"),
                    C.fr("Formations : PHTLS, ACLS, soins avancés en cours", "Training: PHTLS, ACLS, advanced care in progress"),
                    C.fr("Langues : français, anglais", "Languages: French, English"),
                    "Tél. " + phone(C.rng), "Courriel : %s.%s@courriel.example" % (cand.given.lower()[:3], cand.surname.lower()[:5])])
    body = C.fr("\n".join([greet(C, mgr), "", "Entrevue avec %s %s prévue le %s à %02dh00 (poste de paramédic, affichage %d-041)."
                           % (cand.given, cand.surname, day_phrase(d, "fr"), C.rng.randint(9, 15), C.today.year),
                           "CV joint. Références vérifiées : deux positives. Test pratique d'évaluation primaire à prévoir.", "", closing(C), sig(C, hr)]),
                "\n".join([greet(C, mgr), "", "Interview with %s %s on %s at %02d:00 (paramedic position, posting %d-041)."
                           % (cand.given, cand.surname, day_phrase(d, "en"), C.rng.randint(9, 15), C.today.year),
                           "Resume attached. References checked: two positive. Practical assessment to schedule.", "", closing(C), sig(C, hr)]))
    m = Msg(hr.pair(), [mgr.pair()], C.fr("Entrevue - candidat paramédic", "Interview - paramedic candidate"), body,
            attachments=[Att("CV_%s_%s.docx" % (cand.surname, cand.given), DOCX, cv)])
    return m, "candidate", C.fr("entrevue d'un candidat", "job candidate interview")


# N7 training / recertification ------------------------------------------------------
def n_training(C):
    dm = spbo(C, "dm")
    inst = [staff(C.rng, C.lang) for _ in range(2)]
    d = _d(C, C.rng.randint(10, 40))
    topics = [(("Recertification RCR-DEA et ventilation", "CPR-AED and ventilation recertification"),
               ("compressions de qualité, ventilation au ballon-masque, dispositif supraglottique",
                "high-quality compressions, bag-valve-mask ventilation, supraglottic airway")),
              (("Mise à jour protocoles : AVC et thrombectomie", "Protocol update: stroke and thrombectomy"),
               ("nouvelle échelle de détection d'AVC, critères de thrombectomie, pré-notification",
                "new stroke screening scale, thrombectomy criteria, pre-notification")),
              (("Atelier naloxone et intoxications", "Naloxone and overdose workshop"),
               ("naloxone intranasale et intramusculaire, gestion des voies aériennes, trousses communautaires",
                "intranasal and intramuscular naloxone, airway management, community kits")),
              (("Simulation : accouchement inopiné et réanimation néonatale", "Simulation: precipitous delivery and neonatal resuscitation"),
               ("accouchement sur la route, hémorragie post-partum, ventilation du nouveau-né",
                "roadside delivery, postpartum haemorrhage, newborn ventilation"))]
    tsel = C.pick(topics)
    topic = C.fr(*tsel[0])
    content = C.fr(*tsel[1])
    body = C.fr("\n".join([greet(C), "", "Formation obligatoire : %s." % topic,
                           "Dates : %s et %s, 8 h 30 à 16 h 30, salle Boréale (base de Val-des-Cèdres)." % (day_phrase(d, "fr"), day_phrase(d + datetime.timedelta(days=7), "fr")),
                           "Formateurs : %s %s et %s %s. Contenu : %s." % (inst[0].given, inst[0].surname, inst[1].given, inst[1].surname, content),
                           "Inscription obligatoire dans le portail avant le %s." % fmt_date(d - datetime.timedelta(days=3), "fr", style=2), "", sig(C, dm)]),
                "\n".join([greet(C), "", "Mandatory training: %s." % topic,
                           "Dates: %s and %s, 8:30 to 16:30, Boréale room (Val-des-Cèdres base)." % (day_phrase(d, "en"), day_phrase(d + datetime.timedelta(days=7), "en")),
                           "Instructors: %s %s and %s %s. Content: %s." % (inst[0].given, inst[0].surname, inst[1].given, inst[1].surname, content),
                           "Register on the portal before %s." % fmt_date(d - datetime.timedelta(days=3), "en", style=1), "", sig(C, dm)]))
    atts = []
    if C.rng.random() < 0.5:
        start = datetime.datetime(d.year, d.month, d.day, 8, 30)
        atts.append(Att("formation.ics" if C.lang == "fr" else "training.ics", "text/calendar",
                        make_ics("trn%06d@spbo.example" % C.rng.randint(0, 999999), start, start + datetime.timedelta(hours=8), topic,
                                 C.fr("Formation obligatoire - apporter votre carte de compétence.", "Mandatory - bring your competency card."),
                                 C.fr("Salle Boréale, base Val-des-Cèdres", "Boréale room, Val-des-Cèdres base"), (dm.name, dm.email)), charset="utf-8"))
    m = Msg(dm.pair(), [("Paramédics", "paramedics@" + ORG["dom"])], C.fr("Formation obligatoire - ", "Mandatory training - ") + topic, body, attachments=atts)
    return m, "training", C.fr("avis de formation", "training notice")


# N8 conference programme --------------------------------------------------------------
def n_conference(C):
    comms = spbo(C, "comms")
    specs = C.fr(["cardiologue d'intervention", "neurologue vasculaire", "pédiatre intensiviste", "psychiatre"],
                 ["interventional cardiologist", "stroke neurologist", "paediatric intensivist", "psychiatrist"])
    speakers = [(staff(C.rng, C.lang), s) for s in specs]
    topics = C.fr(["Le STEMI en région éloignée : délais et thrombolyse préhospitalière", "AVC : qui transférer pour thrombectomie?",
                   "Le transport de l'enfant en détresse respiratoire", "Crise suicidaire et intervention policière conjointe"],
                  ["STEMI in remote regions: delays and prehospital lysis", "Stroke: who to transfer for thrombectomy?",
                   "Transporting the child in respiratory distress", "Suicidal crisis and joint police response"])
    prog = []
    for i, ((sp, spec), tp) in enumerate(zip(speakers, topics)):
        prog.append("%02dh%02d  %s - %s, %s" % (9 + i, 0 if i % 2 == 0 else 30, tp, dr(sp, C.lang), spec) if C.lang == "fr" else
                    "%02d:%02d  %s - %s, %s" % (9 + i, 0 if i % 2 == 0 else 30, tp, dr(sp, C.lang), spec))
    d = _d(C, C.rng.randint(30, 120))
    title = C.fr("Colloque régional de soins préhospitaliers %d" % d.year, "Regional Prehospital Care Symposium %d" % d.year)
    body = "\n".join([greet(C), "", C.fr("Le programme du %s est maintenant disponible (%s, Centre des congrès de Bellerive) :" % (title, day_phrase(d, "fr")),
                                         "The programme of the %s is now out (%s, Bellerive Convention Centre):" % (title, day_phrase(d, "en"))), ""] + prog +
                     ["", C.fr("Inscription : 95 $ (gratuit pour le personnel du SPBO). 6 heures de formation continue reconnues.",
                               "Registration: $95 (free for SPBO staff). 6 CE hours."), "", sig(C, comms)])
    atts = [Att(C.fr("programme_colloque.pdf", "symposium_programme.pdf"), "application/pdf", make_pdf(title, prog))] if C.rng.random() < 0.6 else []
    m = Msg(comms.pair(), [("Personnel SPBO", "personnel@" + ORG["dom"])], title, body, attachments=atts)
    return m, "conference", C.fr("programme de colloque", "symposium programme")


# N9 newsletter (HTML) ---------------------------------------------------------------------
def n_newsletter(C):
    comms = spbo(C, "comms")
    a = staff(C.rng, C.lang)
    b = staff(C.rng, C.lang)
    c = staff(C.rng, C.lang, "F")
    no = C.rng.randint(12, 80)
    if C.lang == "fr":
        items = [("Bienvenue %s %s" % ("à la" if a.sex == "F" else "au", dr(a, "fr")), "%s, urgentologue et spécialiste des intoxications, se joint à la direction médicale. "
                  "Elle pilotera le nouveau protocole naloxone." % dr(a, "fr") if a.sex == "F" else
                  "%s, urgentologue et spécialiste des intoxications, se joint à la direction médicale. Il pilotera le nouveau protocole naloxone." % dr(a, "fr")),
                 ("Félicitations", "Mme %s %s, répartitrice depuis 22 ans, prend sa retraite. Merci pour ces milliers d'appels!" % (c.given, c.surname)),
                 ("STEMI : on s'améliore", "Le délai médian premier contact-ballon est passé de 118 à 96 minutes cette année. "
                  "Merci à M. %s et à l'équipe de l'ICMA." % b.surname),
                 ("Rappel grippe", "La clinique de vaccination antigrippale pour le personnel aura lieu à la base les 4 et 5 novembre.")]
        title = "L'Écho Boréal - bulletin no %d" % no
    else:
        items = [("Welcome %s" % dr(a, "en"), "%s, emergency physician and toxicology specialist, joins the medical directorate and will lead "
                  "the new naloxone protocol." % dr(a, "en")),
                 ("Congratulations", "Ms. %s %s, dispatcher for 22 years, is retiring. Thank you for thousands of calls!" % (c.given, c.surname)),
                 ("STEMI: getting better", "Median first-contact-to-balloon time fell from 118 to 96 minutes this year. Thanks to Mr. %s "
                  "and the Mont-Aubert team." % b.surname),
                 ("Flu reminder", "The staff flu vaccination clinic will be held at the base on November 4 and 5.")]
        title = "Boréal Echo - issue %d" % no
    html = "<h2 style=\"color:#1b4f72\">%s</h2>\n" % title + "\n".join("<h3>%s</h3>\n<p>%s</p>" % (h, t) for h, t in items) + \
           "<hr>\n<p style=\"font-size:9pt\">%s<br>%s<br>%s</p>" % (ORG["fr" if C.lang == "fr" else "en"], ORG["addr"], ORG["tel"])
    plain = title + "\n\n" + "\n\n".join("%s\n%s" % (h, t) for h, t in items) + "\n\n--\n%s\n%s\n%s" % (ORG["fr" if C.lang == "fr" else "en"], ORG["addr"], ORG["tel"])
    m = Msg(comms.pair(), [("Personnel SPBO", "personnel@" + ORG["dom"])], title, plain, html=html)
    return m, "newsletter", C.fr("bulletin interne", "internal newsletter")


def _hon(C, i, m):
    if C.lang == "fr":
        t = ("Dre" if m.sex == "F" else "Dr") if i == 0 else ("Mme" if m.sex == "F" else "M.")
    else:
        t = "Dr." if i == 0 else ("Ms." if m.sex == "F" else "Mr.")
    return "%s %s %s" % (t, m.given, m.surname)


# N10 committee notice with agenda ---------------------------------------------------------
def n_committee(C):
    q = spbo(C, "qual")
    d = _d(C, C.rng.randint(5, 30))
    members = [staff(C.rng, C.lang) for _ in range(5)]
    agenda = C.fr(["1. Adoption de l'ordre du jour", "2. Suivi des indicateurs : arrêts cardiaques (ROSC), STEMI, AVC",
                   "3. Délais de décharge aux urgences - rapport trimestriel", "4. Révision du protocole de transfert TSI",
                   "5. Analyse agrégée des plaintes (T%d)" % C.rng.randint(1, 4), "6. Varia"],
                  ["1. Agenda", "2. Indicator follow-up: cardiac arrest (ROSC), STEMI, stroke", "3. ED offload delays - quarterly report",
                   "4. Review of the critical care transfer protocol", "5. Aggregate complaint analysis (Q%d)" % C.rng.randint(1, 4), "6. Other business"])
    body = "\n".join([greet(C), "", C.fr("Convocation - Comité d'amélioration continue de la qualité", "Notice - Continuous Quality Improvement Committee"),
                      C.fr("Date : ", "Date: ") + day_phrase(d, C.lang) + C.fr(", 13 h 30, salle 2.14 et Teams", ", 1:30 p.m., room 2.14 and Teams"), "",
                      C.fr("Membres : ", "Members: ") + ", ".join(_hon(C, i, mb) for i, mb in enumerate(members)), ""]
                     + agenda + ["", sig(C, q)])
    start = datetime.datetime(d.year, d.month, d.day, 13, 30)
    atts = [Att("invitation.ics", "text/calendar", make_ics("cq%06d@spbo.example" % C.rng.randint(0, 999999), start, start + datetime.timedelta(hours=2),
                                                           C.fr("Comité qualité", "Quality committee"), "\n".join(agenda),
                                                           C.fr("Salle 2.14", "Room 2.14"), (q.name, q.email)), charset="utf-8")] if C.rng.random() < 0.6 else []
    m = Msg(q.pair(), [("Comité qualité", "cq@" + ORG["dom"])], C.fr("Convocation comité qualité - ", "Quality committee notice - ") + fmt_date(d, C.lang, style=0),
            body, attachments=atts)
    return m, "committee_notice", C.fr("convocation de comité", "committee notice")


# N11 staff baby announcement (birth date of a colleague's baby) ------------------------------
def n_baby(C):
    sender = spbo(C, C.pick(["sup", "adm"]))
    parent = staff(C.rng, C.lang)
    baby = C.pick(["Léonie", "Arthur", "Maëlle", "Thomas", "Florence", "Édouard", "Charlie"])
    bd = C.today - datetime.timedelta(days=C.rng.randint(1, 6))
    w = "%d,%d kg" % (C.rng.randint(2, 4), C.rng.randint(0, 9)) if C.lang == "fr" else "%d lb %d oz" % (C.rng.randint(6, 9), C.rng.randint(0, 15))
    body = C.fr("\n".join([greet(C), "", "Bonne nouvelle! Notre collègue %s %s est papa/maman d'un%s petit%s %s, né%s le %s (%s). "
                           "Maman et bébé se portent bien." % (parent.given, parent.surname, "e" if baby in ("Léonie", "Maëlle", "Florence") else "",
                                                               "e" if baby in ("Léonie", "Maëlle", "Florence") else "", baby,
                                                               "e" if baby in ("Léonie", "Maëlle", "Florence") else "", fmt_date(bd, "fr", style=2), w),
                           "Une carte circule à la base; contribution volontaire pour un cadeau.", "", sig(C, sender, short=True)]),
                "\n".join([greet(C), "", "Great news! Our colleague %s %s welcomed baby %s, born %s (%s). Everyone is doing well."
                           % (parent.given, parent.surname, baby, fmt_date(bd, "en", style=1), w),
                           "A card is going around the base; voluntary contribution for a gift.", "", sig(C, sender, short=True)]))
    body = body.replace("papa/maman", "papa" if parent.sex == "M" else "maman")
    m = Msg(sender.pair(), [("Équipe base VDC" if C.lang == "fr" else "VDC base team", "base-vdc@" + ORG["dom"])],
            C.fr("Naissance - félicitations à %s!" % parent.given, "Baby news - congratulations %s!" % parent.given), body)
    return m, "staff_news", C.fr("annonce de naissance d'un collègue", "colleague's baby announcement")


# N12 benefits enrolment (staff DOB) ----------------------------------------------------------
def n_benefits(C):
    hr = spbo(C, "hr")
    emp = staff(C.rng, C.lang)
    dob = datetime.date(C.rng.randint(1970, 2000), C.rng.randint(1, 12), C.rng.randint(1, 28))
    spouse = staff(C.rng, C.lang, "F" if emp.sex == "M" else "M")
    emp_w = Who(emp, "pcp", ORG, ORG["dom"], C.lang)
    lines = C.fr(["Employé : %s %s" % (emp.given, emp.surname), "Matricule : %05d" % C.rng.randint(10000, 99999),
                  "Date de naissance de l'employé : %s" % fmt_date(dob, "fr", style=1),
                  "Protection : familiale", "Conjoint(e) : %s %s" % (spouse.given, spouse.surname),
                  "Date d'effet : %s" % fmt_date(_d(C, 30), "fr", style=2)],
                 ["Employee: %s %s" % (emp.given, emp.surname), "Employee #: %05d" % C.rng.randint(10000, 99999),
                  "Employee date of birth: %s" % fmt_date(dob, "en", style=1), "Coverage: family",
                  "Spouse: %s %s" % (spouse.given, spouse.surname), "Effective date: %s" % fmt_date(_d(C, 30), "en", style=1)])
    body = "\n".join([greet(C, emp_w), "", C.fr("Votre adhésion à l'assurance collective est confirmée :", "Your group insurance enrolment is confirmed:"), ""]
                     + lines + ["", C.fr("Conservez ce courriel pour vos dossiers.", "Keep this e-mail for your records."), "", sig(C, hr)])
    m = Msg(hr.pair(), [emp_w.pair()], C.fr("Confirmation d'adhésion - assurance collective", "Group insurance enrolment confirmation"), body)
    return m, "benefits", C.fr("adhésion d'un employé à l'assurance collective", "employee benefits enrolment")


# N13 staff vaccination clinic / occupational screening --------------------------------------
def n_staff_vaccination(C):
    sst = Who(staff(C.rng, C.lang, "F"), "liaison", {"fr": "Santé et sécurité au travail", "en": "Occupational Health and Safety", "tel": "819 555-0149"},
              ORG["dom"], C.lang)
    d = _d(C, C.rng.randint(4, 20))
    body = C.fr("\n".join([greet(C), "", "Clinique de vaccination pour le personnel le %s, de 7 h à 19 h, à la base de Val-des-Cèdres." % day_phrase(d, "fr"),
                           "Offerts : vaccin contre l'influenza, COVID-19 (mise à jour), rappel dcaT; dépistage de la tuberculose (TCT) pour les "
                           "nouveaux employés.", "Apportez votre carnet de vaccination. Aucun rendez-vous requis.", "", sig(C, sst)]),
                "\n".join([greet(C), "", "Staff vaccination clinic on %s, 7 a.m. to 7 p.m., Val-des-Cèdres base." % day_phrase(d, "en"),
                           "Available: influenza, COVID-19 (updated), Tdap booster; TB skin test for new employees.",
                           "Bring your vaccination record. No appointment needed.", "", sig(C, sst)]))
    m = Msg(sst.pair(), [("Tout le personnel" if C.lang == "fr" else "All staff", "tous@" + ORG["dom"])],
            C.fr("Clinique de vaccination du personnel", "Staff vaccination clinic"), body)
    return m, "staff_health", C.fr("clinique de vaccination du personnel", "staff vaccination clinic")


# N14 retirement / social event --------------------------------------------------------------
def n_social(C):
    s = spbo(C, C.pick(["sup", "adm", "rmu"]))
    hon = staff(C.rng, C.lang)
    d = _d(C, C.rng.randint(10, 40))
    body = C.fr("\n".join([greet(C), "", "Après 31 ans sur la route, %s %s accroche son stéthoscope! Souper de retraite le %s à 18 h, "
                           "Resto du Vieux-Quai, Rivière-Noire. 45 $ par personne, payable à Julie à la base." % (hon.given, hon.surname, day_phrase(d, "fr")),
                           "Confirmez votre présence avant le %s." % fmt_date(d - datetime.timedelta(days=7), "fr", style=2), "", s.p.given]),
                "\n".join([greet(C), "", "After 31 years on the road, %s %s is hanging up the stethoscope! Retirement dinner on %s at 6 p.m., "
                           "Old Wharf Restaurant, Rivière-Noire. $45 per person, pay Julie at the base." % (hon.given, hon.surname, day_phrase(d, "en")),
                           "RSVP by %s." % fmt_date(d - datetime.timedelta(days=7), "en", style=1), "", s.p.given]))
    m = Msg(s.pair(), [("Équipe" if C.lang == "fr" else "Team", "base-vdc@" + ORG["dom"])], C.fr("Souper de retraite - %s" % hon.given, "Retirement dinner - %s" % hon.given), body)
    return m, "social_event", C.fr("souper de retraite", "retirement dinner")
