"""Hard negatives, part 1 (bilingual templates: each takes lang)."""
import datetime

from stdnum import luhn

from gen_clin import bye, hello, new
from gen_common import (DOM, MONTHS_EN, MONTHS_FR, SHELTERS, Att, fdate, fr_at, signature, staff)
from gen_docs import make_csv, make_ics, make_pdf, make_xlsx

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def luhn_serial(r, n):
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def mod97_lot(r):
    nine = "".join(str(r.randint(0, 9)) for _ in range(9))
    return nine + "%02d" % (97 - int(nine) % 97)


def T(lang, fr, en):
    return fr if lang == "fr" else en


def month_name(lang, m):
    return (MONTHS_FR if lang == "fr" else MONTHS_EN)[m - 1]


def schedule(r, w, lang):
    s = new(r, lang, "schedule", T(lang, "horaire de garde de l'équipe mobile de crise", "crisis team on-call schedule"),
            False, "chef", ("crise", "crise", "inf"))
    start = s.date.date() + datetime.timedelta(days=7 - s.date.weekday())
    team = [staff(r, ro) for ro in ["crise", "crise", "inf", "ts", "psy", "crise", "inf", "psy"]]
    days = T(lang, ["Lun", "Mar", "Mer", "Jeu", "Ven", "Sam", "Dim"], ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
    rows = [(T(lang, "Jour", "Day"), "08-16", "16-24", T(lang, "Garde psy", "Psych on call"))]
    for i, d in enumerate(days):
        dt = start + datetime.timedelta(days=i)
        rows.append(("%s %s" % (d, dt.strftime("%d/%m")), r.choice(team[:4]).full(),
                     r.choice([team[0], team[1], team[5], team[6]]).full(), team[4 if i < 4 else 7].doc(lang)))
    s.subject = T(lang, "Horaire EMC – semaine du %s" % fdate(start, lang, "long"),
                  "MCT schedule – week of %s" % fdate(start, lang, "long"))
    note = T(lang, r.choice(["%s remplace %s mercredi soir (formation)." % (team[5].given, team[1].given),
                             "Rappel : échange de quart à faire approuver par moi avant vendredi.",
                             "La fourgonnette est au garage mardi : interventions en auto personnelle (kilométrage)."]),
             r.choice(["%s is covering %s's Wednesday evening (training)." % (team[5].given, team[1].given),
                       "Reminder: shift swaps need my approval before Friday.",
                       "Van is at the garage Tuesday – use personal cars and claim mileage."]))
    if r.random() < 0.5:
        s.atts.append(Att(T(lang, "Horaire_EMC_%s.xlsx", "MCT_schedule_%s.xlsx") % start.strftime("%Y%m%d"), XLSX,
                          make_xlsx([(T(lang, "Horaire", "Schedule"), rows)], s.date)))
        s.body = "%s\n\n%s\n\n%s\n\n%s" % (hello(r, lang, T(lang, "l'équipe", "team")),
                                           T(lang, "L'horaire de la semaine prochaine est en pièce jointe.",
                                             "Next week's schedule is attached."), note, signature(s.frm, lang, r))
    else:
        s.body = "%s\n\n%s\n\n%s\n\n%s\n\n%s" % (hello(r, lang), T(lang, "Horaire de la semaine prochaine :",
                                                                   "Schedule for next week:"),
                                                 "\n".join(" | ".join(x) for x in rows), note, signature(s.frm, lang, r))
    return s


def leave(r, w, lang):
    s = new(r, lang, "leave", T(lang, "approbation des vacances d'été du personnel", "staff summer leave approvals"),
            False, "chef", ("inf", "ts", "crise"))
    ppl = [staff(r) for _ in range(r.randint(4, 7))]
    lines = []
    for p in ppl:
        a = datetime.date(2024, r.choice([6, 7, 8]), r.randint(1, 20))
        b = a + datetime.timedelta(days=r.choice([7, 14, 21]))
        st = r.choice(T(lang, ["approuvé", "approuvé", "en attente", "refusé (chevauchement)"],
                        ["approved", "approved", "pending", "declined (overlap)"]))
        lines.append("%s | %s → %s | %s" % (p.full(), fdate(a, lang, "iso"), fdate(b, lang, "iso"), st))
    extra = T(lang, r.choice(["Congé de maternité de %s à compter du %s : remplacement affiché." % (
        ppl[0].given, fdate(datetime.date(2024, r.randint(6, 9), 2), "fr", "long")),
        "Les demandes refusées peuvent être resoumises pour septembre.",
        "Rappel : minimum de deux intervenants de crise par quart de soir."]),
        r.choice(["%s starts parental leave on %s; the replacement is posted." % (
            ppl[0].given, fdate(datetime.date(2024, r.randint(6, 9), 2), "en", "long")),
            "Declined requests can be resubmitted for September.",
            "Reminder: we need two crisis workers on every evening shift."]))
    s.subject = T(lang, r.choice(["Vacances d'été – approbations", "Calendrier des vacances 2024"]),
                  r.choice(["Summer leave – approvals", "2024 vacation calendar"]))
    s.body = "%s\n\n%s\n\n%s\n\n%s\n\n%s" % (
        hello(r, lang, T(lang, "tout le monde", "everyone")),
        T(lang, "Voici l'état des demandes de vacances :", "Here is where the leave requests stand:"),
        "\n".join(lines), extra, signature(s.frm, lang, r))
    return s


def payroll(r, w, lang):
    s = new(r, lang, "payroll", T(lang, "question de paie (primes de soir et de fin de semaine)",
                                 "payroll question about evening and weekend premiums"), False, "agent", ("crise",))
    emp = s.tos[0]
    num = "%06d" % r.randint(100000, 999999)
    per = r.randint(1, 26)
    amt = r.randint(45, 420) + r.randint(0, 99) / 100
    k = r.randint(0, 2)
    if k == 0:
        body = T(lang, "Après vérification, les primes de soir (8 quarts) n'ont pas été payées à la période %d. "
                       "La correction de %.2f $ apparaîtra sur la paie du %s.\n\nNo d'employé : %s\n"
                       "Code de prime : 0412 (soir), 0415 (fin de semaine)" % (per, amt, fdate(
                           s.date.date() + datetime.timedelta(days=9), "fr", "long"), num),
                 "After checking, your evening premiums (8 shifts) were not paid in period %d. The correction "
                 "of $%.2f will appear on the %s pay.\n\nEmployee no.: %s\nPremium codes: 0412 (evening), 0415 "
                 "(weekend)" % (per, amt, fdate(s.date.date() + datetime.timedelta(days=9), "en", "long"), num))
    elif k == 1:
        body = T(lang, "Ton relevé de paie de la période %d est disponible dans le portail RH (Logibec fictif). "
                       "Le NAS n'est plus affiché en entier sur les relevés : seuls les 3 derniers chiffres (***-***-%03d)."
                 % (per, r.randint(0, 999)),
                 "Your pay stub for period %d is available in the HR portal. SINs are no longer shown in full: "
                 "only the last 3 digits (***-***-%03d)." % (per, r.randint(0, 999)))
    else:
        body = T(lang, "Le remboursement de kilométrage pour les visites à domicile (%d km à 0,54 $/km) a été approuvé. "
                       "Merci de joindre les feuilles de route signées à l'avenir." % r.randint(80, 400),
                 "Your mileage claim for home visits (%d km at $0.54/km) has been approved. Please attach "
                 "signed trip logs in future." % r.randint(80, 400))
    s.subject = T(lang, ["Paie – correction des primes", "Votre relevé de paie", "Remboursement kilométrage"][k],
                  ["Pay correction – premiums", "Your pay stub", "Mileage reimbursement"][k])
    s.body = "%s\n\n%s\n\n%s\n%s\n%s" % (hello(r, lang, emp.given), body, bye(r, lang), s.frm.full(),
                                         T(lang, "Service de la paie – Direction des ressources humaines",
                                           "Payroll – Human Resources"))
    return s


def occ_health(r, w, lang):
    s = new(r, lang, "occupational_health", T(lang, "santé au travail d'un employé (retour au travail)",
                                             "employee occupational health follow-up"), False, "inf", ("chef",))
    emp = staff(r, r.choice(["crise", "inf", "pair"]))
    k = r.randint(0, 2)
    if k == 0:
        body = T(lang, "%s (intervenant%s de crise) s'est piqué%s avec une seringue souillée lors du ramassage %s "
                       "le %s. Sérologies de base faites (VIH, VHB, VHC), PPE débutée à l'urgence selon le protocole. "
                       "Déclaration d'accident de travail et formulaire CNESST remplis. %s sera en assignation "
                       "temporaire (tâches de bureau) pour deux semaines."
                 % (emp.full(), "e" if emp.sex == "F" else "", "e" if emp.sex == "F" else "", fr_at(r.choice(SHELTERS[:4])),
                    fdate(s.date.date() - datetime.timedelta(days=2), "fr", "long"), emp.given),
                 "%s (crisis worker) had a needlestick injury from a used syringe during sharps pick-up at %s on %s. "
                 "Baseline serology done (HIV, HBV, HCV) and PEP started in the ER per protocol. Workplace accident "
                 "report and CNESST form submitted. %s will be on modified duties (office) for two weeks."
                 % (emp.full(), r.choice(SHELTERS[:4]), fdate(s.date.date() - datetime.timedelta(days=2), "en", "long"),
                    emp.given))
    elif k == 1:
        body = T(lang, "Retour progressif de %s à compter du %s suite à son entorse lombaire : 3 jours/semaine, "
                       "pas de soulèvement > 10 kg, pas de quarts de nuit. Billet médical reçu au bureau de santé."
                 % (emp.full(), fdate(s.date.date() + datetime.timedelta(days=5), "fr", "long")),
                 "Graduated return for %s starting %s after the lumbar sprain: 3 days/week, no lifting over 10 kg, "
                 "no night shifts. Medical note received by employee health." % (
                     emp.full(), fdate(s.date.date() + datetime.timedelta(days=5), "en", "long")))
    else:
        body = T(lang, "Campagne de vaccination du personnel : %s, votre dose de rappel (influenza + COVID) est "
                       "prévue le %s au bureau de santé. Le test cutané à la tuberculine (TCT) annuel est obligatoire "
                       "pour le personnel des refuges." % (emp.full(), fdate(s.date.date() + datetime.timedelta(days=3),
                                                                            "fr", "long")),
                 "Staff vaccination: %s, your booster (flu + COVID) is booked for %s at employee health. The annual "
                 "TB skin test is mandatory for staff working in shelters." % (
                     emp.full(), fdate(s.date.date() + datetime.timedelta(days=3), "en", "long")))
    s.subject = T(lang, r.choice(["Santé au travail – %s" % emp.full(), "Retour au travail", "Suivi SST employé"]),
                  r.choice(["Employee health – %s" % emp.full(), "Return to work plan", "Staff OHS follow-up"]))
    s.body = "%s\n\n%s\n\n%s\n\n%s" % (hello(r, lang, s.tos[0].given), body, bye(r, lang),
                                       signature(s.frm, lang, r, ("Bureau de santé du personnel" if lang == "fr" else
                                                                  "Employee Health Office", "5000, rue du Pré-Lussier, "
                                                                  "pavillon A", "H1T 0E3", "0109")))
    return s


def newsletter(r, w, lang):
    s = new(r, lang, "newsletter", T(lang, "infolettre du programme itinérance", "homelessness program newsletter"),
            False, "agent", ())
    s.to = [(T(lang, "Tout le personnel – Itinérance", "All staff – Homelessness program"), "itinerance-tous@" + DOM)]
    a, b, c = staff(r, "psy"), staff(r, "md"), staff(r, "chef")
    n_od = r.randint(18, 60)
    items_fr = ["Bienvenue à %s, psychiatre, qui se joint à l'équipe SIM. Elle/Il s'intéresse particulièrement aux "
                "psychoses liées aux stimulants." % a.doc("fr"),
                "%s offre maintenant une clinique de traitement de l'hépatite C sans rendez-vous le mardi %s." % (
                    b.doc("fr"), fr_at(r.choice(SHELTERS[:4]))),
                "En %s, l'équipe a distribué %d trousses de naloxone et répondu à %d surdoses non mortelles sur le "
                "territoire." % (month_name("fr", s.date.month), r.randint(150, 400), n_od),
                "Félicitations à %s, nommé%s chef%s de service de l'équipe de crise." % (
                    c.full(), "e" if c.sex == "F" else "", "fe" if c.sex == "F" else ""),
                "Collecte de manteaux d'hiver : boîtes à l'accueil jusqu'au 15."]
    items_en = ["Welcome to %s, psychiatrist, joining the ACT team, with a special interest in stimulant-related "
                "psychosis." % a.doc("en"),
                "%s now runs a walk-in hepatitis C treatment clinic on Tuesdays at %s." % (b.doc("en"),
                                                                                          r.choice(SHELTERS[:4])),
                "In %s the team handed out %d naloxone kits and responded to %d non-fatal overdoses in the area." % (
                    month_name("en", s.date.month), r.randint(150, 400), n_od),
                "Congratulations to %s, our new crisis team manager." % c.full(),
                "Winter coat drive: drop boxes at reception until the 15th."]
    items = T(lang, items_fr, items_en)
    items = [x.replace("Elle/Il", "Elle" if a.sex == "F" else "Il") for x in items]
    r.shuffle(items)
    title = T(lang, "L'Écho de la rue – no %d" % r.randint(20, 60), "Street Echo – issue %d" % r.randint(20, 60))
    s.subject = title
    s.body = title + "\n\n" + "\n\n".join(items) + "\n\n" + T(lang, "Pour vous désabonner, écrivez à ",
                                                              "To unsubscribe, write to ") + "infolettre@" + DOM
    lis = "\n".join("<li>%s</li>" % x for x in items)
    s.html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head>\n'
              '<body style="font-family:Georgia,serif">\n<h1 style="color:#2a6f97">%s</h1>\n<ul>\n%s\n</ul>\n'
              '<p style="font-size:8pt">%s infolettre@%s</p>\n</body></html>\n'
              % (title, lis, T(lang, "Pour vous désabonner :", "Unsubscribe:"), DOM))
    s.structure = r.choice(["html", "alt"])
    if r.random() < 0.3:
        s.atts.append(Att(T(lang, "Echo_de_la_rue.pdf", "Street_Echo.pdf"), "application/pdf",
                          make_pdf(title, items, header=T(lang, "CIUSSS de la Rivière-aux-Saules", "Rivière-aux-Saules "
                                                                                                    "Health Network"))))
    return s


def committee(r, w, lang):
    s = new(r, lang, "committee", T(lang, "convocation à un comité", "committee meeting notice"), False, "agent",
            ("chef", "psy", "pharm"))
    com = r.choice(T(lang, ["Comité de gestion des risques", "Comité de pharmacologie", "Comité qualité – santé mentale",
                            "Comité des usagers (sous-comité itinérance)"],
                     ["Risk Management Committee", "Pharmacy & Therapeutics Committee", "Mental Health Quality Committee",
                      "Users' Committee (homelessness subcommittee)"]))
    day = (s.date + datetime.timedelta(days=r.randint(5, 15))).replace(hour=r.choice([9, 13]), minute=30, second=0,
                                                                       tzinfo=None)
    pres = staff(r, "psy")
    agenda = T(lang, ["Adoption de l'ordre du jour", "Suivi des déclarations d'incidents (AH-223) – T%d" % r.randint(1, 4),
                      "Protocole naloxone en refuge – révision", "Ordonnance collective : ajustement buprénorphine",
                      "Statistiques de contentions et isolement (agrégées)", "Varia"],
               ["Adoption of agenda", "Incident reports (AH-223) – Q%d follow-up" % r.randint(1, 4),
                "Naloxone-in-shelters protocol – review", "Collective order: buprenorphine titration",
                "Restraint and seclusion statistics (aggregate)", "Other business"])
    s.subject = T(lang, "Convocation – %s – %s" % (com, fdate(day.date(), "fr", "long")),
                  "Notice – %s – %s" % (com, fdate(day.date(), "en", "long")))
    s.body = "%s\n\n%s\n\n%s\n\n%s\n\n%s" % (
        hello(r, lang), T(lang, "Vous êtes convoqué(e) à la prochaine rencontre du %s, présidée par %s, le %s à %s "
                                "(salle 2.14 ou Teams)." % (com, pres.doc("fr"), fdate(day.date(), "fr", "long"),
                                                            day.strftime("%H h %M")),
                          "You are invited to the next %s meeting, chaired by %s, on %s at %s (room 2.14 or Teams)."
                          % (com, pres.doc("en"), fdate(day.date(), "en", "long"), day.strftime("%H:%M"))),
        T(lang, "Ordre du jour :", "Agenda:") + "\n" + "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(agenda)),
        T(lang, "Les documents seront déposés dans le dossier partagé. Aucun renseignement nominatif ne doit y figurer.",
          "Documents will be posted to the shared folder. No identifying information please."),
        signature(s.frm, lang, r))
    if r.random() < 0.5:
        s.atts.append(Att("convocation.ics" if lang == "fr" else "meeting.ics", "text/calendar",
                          make_ics("com-%08x@%s" % (r.getrandbits(32), DOM), day, day + datetime.timedelta(hours=2),
                                   com, "Salle 2.14 / Teams", "; ".join(agenda), (s.frm.full(), s.frm.email),
                                   [(x.full(), x.email) for x in s.tos])))
    return s


def conference(r, w, lang):
    s = new(r, lang, "conference", T(lang, "programme d'un colloque en itinérance et santé mentale",
                                    "programme of a homelessness and mental health conference"), False, "chef",
            ("inf", "ts"))
    sp = [staff(r, ro) for ro in ["psy", "md", "ips", "ts", "psy"]]
    talks = T(lang, ["Psychose et méthamphétamine : ce qui a changé en 5 ans", "Traiter l'hépatite C dans la rue",
                     "Approvisionnement plus sécuritaire : premiers résultats", "Le trouble de personnalité limite en refuge",
                     "Ordonnances de traitement : enjeux éthiques", "Tuberculose et hébergement d'urgence"],
               ["Psychosis and methamphetamine: what changed in 5 years", "Treating hepatitis C on the street",
                "Safer supply: early results", "Borderline personality disorder in shelters",
                "Treatment orders: ethical issues", "Tuberculosis and emergency shelters"])
    r.shuffle(talks)
    prog = []
    h = 9
    for i in range(4):
        prog.append("%02d h 00 – %s (%s)" % (h, talks[i], sp[i].doc(lang)) if lang == "fr" else
                    "%02d:00 – %s (%s)" % (h, talks[i], sp[i].doc(lang)))
        h += 1 if i != 1 else 2
    title = T(lang, "Journée annuelle itinérance et santé mentale %d" % 2024, "Annual Homelessness & Mental Health Day 2024")
    day = s.date.date() + datetime.timedelta(days=r.randint(20, 60))
    s.subject = title
    s.body = "%s\n\n%s\n\n%s\n\n%s\n\n%s" % (
        hello(r, lang, T(lang, "à toutes et à tous", "all")),
        T(lang, "Voici le programme de la %s, le %s à l'amphithéâtre du pavillon B. Inscription obligatoire."
              % (title, fdate(day, "fr", "long")),
          "Here is the programme for the %s on %s, Pavilion B auditorium. Registration required."
          % (title, fdate(day, "en", "long"))),
        "\n".join(prog), T(lang, "Formation reconnue (5 h) par l'OIIQ et l'OTSTCFQ.", "Accredited for 5 hours."),
        signature(s.frm, lang, r))
    if r.random() < 0.5:
        s.atts.append(Att(T(lang, "Programme_colloque_2024.pdf", "Programme_2024.pdf"), "application/pdf",
                          make_pdf(title, prog + ["", T(lang, "Dîner fourni. Stationnement P3.", "Lunch provided. "
                                                                                                "Parking P3.")])))
    return s


def job_posting(r, w, lang):
    s = new(r, lang, "job_posting", T(lang, "affichage de poste", "job posting"), False, "agent", ())
    s.to = [(T(lang, "Liste de diffusion – Affichages", "Postings list"), "affichages@" + DOM)]
    job = r.choice(T(lang, ["Infirmier(ère) clinicien(ne) – Clinique de proximité en itinérance",
                            "Intervenant(e) de crise – Équipe mobile de crise (soir)", "Pair aidant(e) – SIV itinérance",
                            "Travailleur(se) social(e) – Équipe SIM"],
                     ["Clinical nurse – Street Health Outreach", "Crisis worker – Mobile Crisis Team (evenings)",
                      "Peer support worker – ICM team", "Social worker – ACT team"]))
    no = "%s-%04d-%03d" % (T(lang, "AFF", "POST"), 2024, r.randint(1, 999))
    s.subject = T(lang, "Affichage %s – %s" % (no, job), "Posting %s – %s" % (no, job))
    s.body = T(lang, "Affichage no %s\n\nTitre : %s\nStatut : temps complet permanent, 35 h/sem.\n"
                     "Exigences : expérience auprès de personnes en situation d'itinérance, de troubles de santé mentale "
                     "et de dépendance; connaissance de la Loi P-38; permis de conduire valide.\nÉchelle salariale : "
                     "selon la convention collective.\nPériode d'affichage : du %s au %s.\n\nPostulez sur le site "
                     "carrieres.%s en indiquant le numéro d'affichage.\n\nRessources humaines – %s"
               % (no, job, fdate(s.date.date(), "fr", "long"), fdate(s.date.date() + datetime.timedelta(days=14), "fr",
                                                                    "long"), DOM, "CIUSSS de la Rivière-aux-Saules"),
               "Posting no. %s\n\nTitle: %s\nStatus: permanent full time, 35 h/week.\nRequirements: experience with "
               "people experiencing homelessness, mental illness and substance use; knowledge of P-38; valid driver's "
               "licence; bilingual.\nSalary: per collective agreement.\nPosting period: %s to %s.\n\nApply at "
               "careers.%s quoting the posting number.\n\nHuman Resources – Rivière-aux-Saules Health Network"
               % (no, job, fdate(s.date.date(), "en", "long"), fdate(s.date.date() + datetime.timedelta(days=14), "en",
                                                                    "long"), DOM))
    return s


def invoice(r, w, lang):
    s = new(r, lang, "invoice", T(lang, "facture d'un fournisseur", "supplier invoice"), False, "agent", ("agent",))
    sup = r.choice(["Fournitures Médicales Boréal inc.", "Équipements Plein-Air Nordet", "Distributions RDM Santé",
                    "Imprimerie Saint-Gédéon"])
    dom = "".join(c for c in sup.split()[0].lower() if c.isalpha() and ord(c) < 128) + "-fact.example"
    s.sender = (sup, "facturation@" + dom)
    inv = "F-%d-%05d" % (2024, r.randint(1, 99999))
    items = r.sample(T(lang, [("Trousse naloxone nasale 4 mg (boîte de 2)", 38.50), ("Sac de couchage -20 °C", 64.00),
                              ("Trousse d'hygiène", 7.25), ("Gants nitrile M (boîte 100)", 9.80),
                              ("Chaussettes laine (paire)", 4.10), ("Contenant biorisques 1,4 L", 3.60),
                              ("Bandelettes fentanyl (paquet 25)", 31.00)],
                       [("Naloxone nasal spray 4 mg kit (box of 2)", 38.50), ("Sleeping bag -20 °C", 64.00),
                        ("Hygiene kit", 7.25), ("Nitrile gloves M (box of 100)", 9.80), ("Wool socks (pair)", 4.10),
                        ("Sharps container 1.4 L", 3.60), ("Fentanyl test strips (pack of 25)", 31.00)]), 4)
    lines = []
    tot = 0
    for d, p in items:
        q = r.randint(10, 200)
        tot += q * p
        lines.append("%s | %d | %.2f | %.2f" % (d, q, p, q * p))
    tps, tvq = tot * 0.05, tot * 0.09975
    client = "CL-%05d" % r.randint(1, 99999)
    body = [T(lang, "Facture : %s" % inv, "Invoice: %s" % inv), T(lang, "Date : %s", "Date: %s") % s.date.date().isoformat(),
            T(lang, "No client : %s", "Customer no.: %s") % client,
            T(lang, "Facturer à : CIUSSS de la Rivière-aux-Saules – Programme itinérance, 1187, rue Saint-Gédéon-Ouest",
              "Bill to: Rivière-aux-Saules Health Network – Homelessness Program, 1187 Saint-Gédéon West"),
            T(lang, "Bon de commande : BC-%06d", "PO: BC-%06d") % r.randint(1, 999999), "",
            T(lang, "Description | Qté | Prix unitaire | Montant", "Description | Qty | Unit price | Amount")] + lines + [
        "", "%s : %.2f $" % (T(lang, "Sous-total", "Subtotal"), tot), "TPS 123456789 RT0001 : %.2f $" % tps,
        "TVQ 1234567890 TQ0001 : %.2f $" % tvq, "Total : %.2f $" % (tot + tps + tvq),
        T(lang, "Modalités : net 30 jours", "Terms: net 30")]
    s.atts.append(Att("%s.pdf" % inv, "application/pdf", make_pdf(sup, body, header="Tél. 450-555-01%02d" % r.randint(0, 99))))
    s.subject = T(lang, "Facture %s" % inv, "Invoice %s" % inv)
    s.body = T(lang, "Bonjour,\n\nVeuillez trouver ci-joint notre facture %s (total %.2f $).\n\nMerci de votre "
                     "confiance,\n%s\n%s\n450-555-01%02d" % (inv, tot + tps + tvq, sup, "Service à la clientèle",
                                                          r.randint(0, 99)),
               "Hello,\n\nPlease find attached invoice %s (total $%.2f).\n\nThank you for your business,\n%s\n"
               "Customer service\n450-555-01%02d" % (inv, tot + tps + tvq, sup, r.randint(0, 99)))
    return s


def purchase_order(r, w, lang):
    s = new(r, lang, "purchase_order", T(lang, "bon de commande de matériel de réduction des méfaits",
                                        "purchase order for harm reduction supplies"), False, "agent", ("agent",))
    po = "BC-%06d" % r.randint(1, 999999)
    rows = [(T(lang, "Article", "Item"), T(lang, "Code", "Code"), T(lang, "Lot", "Lot"), T(lang, "Qté", "Qty"))]
    for d in r.sample(T(lang, ["Seringues 1 mL 28G", "Pipes à crack en verre", "Embouts", "Tampons d'alcool",
                               "Naloxone injectable 0,4 mg/mL", "Fioles d'eau stérile", "Garrots"],
                        ["1 mL 28G syringes", "Glass stems", "Mouthpieces", "Alcohol swabs", "Naloxone 0.4 mg/mL inj.",
                         "Sterile water vials", "Tourniquets"]), 5):
        rows.append((d, luhn_serial(r, 9), mod97_lot(r) if r.random() < 0.5 else "L%s" % luhn_serial(r, 8),
                     str(r.choice([100, 200, 500, 1000]))))
    s.subject = T(lang, "Bon de commande %s – matériel RDM" % po, "PO %s – harm reduction supplies" % po)
    s.body = "%s\n\n%s\n\n%s\n\n%s\n\n%s" % (
        hello(r, lang), T(lang, "Voici le bon de commande %s pour le réapprovisionnement du mois. Livraison au quai "
                                "du 1187, rue Saint-Gédéon-Ouest." % po,
                          "Here is PO %s for this month's restock. Deliver to the 1187 Saint-Gédéon West dock." % po),
        "\n".join(" | ".join(x) for x in rows),
        T(lang, "Centre de coûts : 7421-ITIN. Approuvé par la cheffe de service.", "Cost centre: 7421-ITIN. "
                                                                                     "Approved by the program manager."),
        signature(s.frm, lang, r))
    if r.random() < 0.4:
        s.atts.append(Att("%s.csv" % po, "text/csv", make_csv(rows, delimiter=";" if lang == "fr" else ",")))
    return s


def inventory(r, w, lang):
    s = new(r, lang, "inventory", T(lang, "inventaire de la fourgonnette de la clinique mobile",
                                   "mobile clinic van inventory"), False, "inf", ("chef",))
    rows = [(T(lang, "Équipement", "Equipment"), T(lang, "No de série", "Serial no."), T(lang, "No d'actif", "Asset tag"),
             T(lang, "Lot / exp.", "Lot / exp."), T(lang, "État", "Status"))]
    eq = T(lang, ["Défibrillateur externe automatisé", "Glucomètre", "Saturomètre", "Thermomètre tympanique",
                  "Tablette (DCI mobile)", "Sac d'urgence (naloxone)", "Réfrigérateur vaccins", "Brassard TA"],
           ["AED", "Glucometer", "Pulse oximeter", "Tympanic thermometer", "Tablet (mobile EHR)",
            "Emergency bag (naloxone)", "Vaccine fridge", "BP cuff"])
    for d in r.sample(eq, 6):
        exp = datetime.date(2025 + r.randint(0, 2), r.randint(1, 12), 1)
        rows.append((d, luhn_serial(r, r.choice([9, 10])), "RDS-%s" % luhn_serial(r, 7),
                     "%s / %s" % (mod97_lot(r), exp.strftime("%Y-%m")),
                     r.choice(T(lang, ["OK", "OK", "à calibrer", "pile faible"], ["OK", "OK", "needs calibration",
                                                                                 "low battery"]))))
    s.subject = T(lang, "Inventaire fourgonnette – %s" % month_name("fr", s.date.month),
                  "Van inventory – %s" % month_name("en", s.date.month))
    intro = T(lang, "Inventaire mensuel complété. Deux items à remplacer.", "Monthly inventory done. Two items to replace.")
    if r.random() < 0.5:
        s.atts.append(Att(T(lang, "inventaire_fourgonnette.xlsx", "van_inventory.xlsx"), XLSX,
                          make_xlsx([("Inventaire" if lang == "fr" else "Inventory", rows)], s.date)))
        s.body = "%s\n\n%s\n\n%s" % (hello(r, lang, s.tos[0].given), intro, signature(s.frm, lang, r))
    else:
        s.body = "%s\n\n%s\n\n%s\n\n%s" % (hello(r, lang, s.tos[0].given), intro,
                                           "\n".join(" | ".join(x) for x in rows), signature(s.frm, lang, r))
    return s


def it_notice(r, w, lang):
    s = new(r, lang, "it_notice", T(lang, "avis du service informatique", "IT service notice"), False, "agent", ())
    s.sender = (T(lang, "Centre de services TI", "IT Service Desk"), "servicedesk@" + DOM)
    s.to = [(T(lang, "Personnel – Direction santé mentale", "Mental health staff"), "dsm-tous@" + DOM)]
    k = r.randint(0, 3)
    d = fdate(s.date.date() + datetime.timedelta(days=r.randint(2, 10)), lang, "long")
    if k == 0:
        sub = T(lang, "Migration du DCI – interruption planifiée", "EHR migration – planned downtime")
        body = T(lang, "Le dossier clinique informatisé sera indisponible le %s de 22 h à 4 h. Utilisez les "
                       "formulaires papier de relève (procédure de contingence P-12). Les tablettes de la "
                       "fourgonnette doivent être synchronisées avant 21 h." % d,
                 "The EHR will be down on %s from 22:00 to 04:00. Use the paper downtime forms (contingency "
                 "procedure P-12). Van tablets must be synced before 21:00." % d)
    elif k == 1:
        sub = T(lang, "Alerte hameçonnage", "Phishing alert")
        body = T(lang, "Un courriel frauduleux intitulé « Résultats de laboratoire en attente » circule. Ne cliquez "
                       "pas sur le lien. Transférez-le à securite@%s puis supprimez-le." % DOM,
                 "A fraudulent e-mail titled \"Pending lab results\" is circulating. Do not click the link. "
                 "Forward it to security@%s and delete it." % DOM)
    elif k == 2:
        sub = T(lang, "Expiration de votre mot de passe", "Your password expires soon")
        body = T(lang, "Votre mot de passe expire dans 5 jours. Changez-le via le portail (Ctrl-Alt-Suppr). "
                       "Billet no INC%07d." % r.randint(0, 9999999),
                 "Your password expires in 5 days. Change it via the portal (Ctrl-Alt-Del). Ticket INC%07d."
                 % r.randint(0, 9999999))
    else:
        sub = T(lang, "Nouveaux cellulaires – équipe mobile", "New phones – mobile team")
        body = T(lang, "Les nouveaux téléphones des intervenants de crise sont prêts (IMEI enregistrés). Numéro de "
                       "garde inchangé : 514-555-0142. Ramassage au local 1.08 le %s." % d,
                 "The new crisis worker phones are ready (IMEIs registered). On-call number unchanged: "
                 "514-555-0142. Pick-up in room 1.08 on %s." % d)
    s.subject = sub
    s.body = "%s\n\n%s\n\n%s" % (hello(r, lang), body, T(lang, "Centre de services TI – poste 0100",
                                                         "IT Service Desk – ext. 0100"))
    if k == 3 and r.random() < 0.5:
        rows = [("Utilisateur" if lang == "fr" else "User", "IMEI", T(lang, "No de série", "Serial"))]
        for _ in range(4):
            rows.append((staff(r, "crise").full(), luhn_serial(r, 15), luhn_serial(r, 9)))
        s.atts.append(Att("appareils.csv" if lang == "fr" else "devices.csv", "text/csv", make_csv(rows)))
    return s


def facilities(r, w, lang):
    s = new(r, lang, "facilities", T(lang, "avis des installations matérielles", "facilities notice"), False, "agent", ())
    s.sender = (T(lang, "Services techniques", "Facilities"), "services.techniques@" + DOM)
    s.to = [(T(lang, "Occupants – 1187 Saint-Gédéon", "Occupants – 1187 Saint-Gédéon"), "occupants1187@" + DOM)]
    k = r.randint(0, 3)
    d = fdate(s.date.date() + datetime.timedelta(days=r.randint(1, 8)), lang, "long")
    body = [T(lang, "Coupure d'eau le %s de 8 h à 12 h (remplacement d'une valve). La douche des usagers sera fermée."
                    % d, "Water shut-off on %s from 8 to 12 (valve replacement). The client shower will be closed." % d),
            T(lang, "Entretien de la fourgonnette (immatriculation FXT 0%02d) le %s au garage municipal. Prévoir la "
                    "tournée en auto." % (r.randint(10, 99), d),
              "Van maintenance (plate FXT 0%02d) on %s at the city garage. Plan the route by car." % (r.randint(10, 99), d)),
            T(lang, "Les cartes d'accès seront réactivées le %s. Présentez-vous à la sécurité (local 0.04)." % d,
              "Access cards will be reactivated on %s. Please see security (room 0.04)." % d),
            T(lang, "Vignettes de stationnement 2024-2025 : renouvellement avant le %s, 42 $/mois retenus sur la paie." % d,
              "Parking permits 2024-2025: renew before %s, $42/month payroll deduction." % d)][k]
    s.subject = T(lang, ["Coupure d'eau", "Entretien fourgonnette", "Cartes d'accès", "Stationnement"][k],
                  ["Water shut-off", "Van maintenance", "Access cards", "Parking permits"][k])
    s.body = "%s\n\n%s\n\n%s\n%s\n%s" % (hello(r, lang), body, T(lang, "Services techniques", "Facilities"),
                                         "1187, rue Saint-Gédéon-Ouest, Montréal (Québec) H2L 0B4",
                                         T(lang, "Tél. : 514-555-0100, poste 4410", "Tel: 514-555-0100 ext. 4410"))
    return s
