"""Negative templates, part 1: staff, HR, schedules, newsletters, committees, conferences, jobs.
Hard negatives: staff and physicians named near disease words, titles, staff birth dates, signatures."""
import datetime

import gen_attach as A
import gen_common as C
import gen_mime as M
from gen_tpl import L, who, ext, earlier, spec, html_table, text_table, wrap_html, quote, inner_message

EXTRA_STAFF = [("Mme", "Rosalie", "Ouimet"), ("M.", "Jérôme", "Falardeau"), ("Mme", "Catherine", "Légaré"),
               ("Ms.", "Hannah", "Pritchard"), ("Mr.", "Gordon", "Ellery"), ("Mme", "Valérie", "Dagenais"),
               ("M.", "Patrice", "Jodoin"), ("Ms.", "Lindsay", "Harcourt"), ("Mme", "Émilie", "Sasseville"),
               ("M.", "Antoine", "Rivard"), ("Ms.", "Joanna", "Kerrigan"), ("Mme", "Nadia", "Belhumeur")]
for _s in EXTRA_STAFF:
    assert C.fold(_s[2]) not in C.HOLDER_SURNAMES


def _all_staff(ctx):
    return [C.staff_name(s) for s in C.STAFF_FR + C.STAFF_EN] + ["%s %s" % (s[1], s[2]) for s in EXTRA_STAFF]


def _hr():
    return ext("Ressources humaines / Human Resources", "rh", "cisss-riveest.example")


def t_shift_schedule(ctx):
    r = ctx.rng
    mgr = ctx.staff(role="mgr")
    names = r.sample(_all_staff(ctx), 7)
    start = ctx.date - datetime.timedelta(days=ctx.date.weekday())
    days = [(start + datetime.timedelta(days=i)) for i in range(7)]
    codes = L(ctx, ["J", "S", "N", "—", "C", "F"], ["D", "E", "N", "-", "V", "H"])
    rows = [[L(ctx, "Employé(e)", "Staff")] + [d.strftime("%a %d") for d in days]]
    for n in names:
        rows.append([n] + [r.choice(codes) for _ in days])
    sick = r.choice(names)
    if ctx.lang == "fr":
        pre = ("Bonjour à toutes et à tous,\n\nVoici l'horaire de l'unité de sevrage pour la semaine du %s. "
               "J = jour, S = soir, N = nuit, C = congé, F = férié.\n%s est en congé de maladie jusqu'au %s; "
               "quarts de remplacement affichés au poste." % (start.isoformat(), sick, (start + datetime.timedelta(days=9)).isoformat()))
        post = "Merci de me signaler tout échange de quart avant jeudi midi.\n" + C.signature(mgr, "fr", "Unité de sevrage")
        subj = r.choice(["Horaire USE semaine du %s" % start.strftime("%d/%m"), "Horaire infirmier — unité de sevrage"])
    else:
        pre = ("Hi all,\n\nWMU schedule for the week of %s. D = day, E = evening, N = night, V = vacation, H = stat holiday.\n"
               "%s is on sick leave until %s; replacement shifts posted at the desk." % (
                   start.isoformat(), sick, (start + datetime.timedelta(days=9)).isoformat()))
        post = "Please send shift swaps before Thursday noon.\n" + C.signature(mgr, "en", "Withdrawal Management Unit")
        subj = r.choice(["WMU schedule week of %s" % start.strftime("%b %d"), "Nursing schedule - WMU"])
    mode = r.choice(["html", "xlsx", "text"])
    atts, html = [], None
    if mode == "xlsx":
        atts.append(M.Att("xlsx", "horaire_%s.xlsx" % start.strftime("%Y%m%d"), A.xlsx([("Horaire", rows)], author=C.staff_name(mgr))))
        body = pre + "\n\n" + post
    else:
        body = pre + "\n\n" + text_table(rows) + "\n\n" + post
        if mode == "html":
            html = wrap_html(ctx, pre, html_table(rows), post)
    return spec(ctx, "schedule", L(ctx, "horaire du personnel", "staff schedule"), who(mgr),
                [ext(L(ctx, "Personnel USE", "WMU staff"), "use-personnel", C.DOM)], subj, body, attachments=atts, html=html)


def t_leave(ctx):
    r = ctx.rng
    emp = ctx.staff()
    mgr = ctx.staff(exclude=[emp], role="mgr")
    a = ctx.date + datetime.timedelta(days=r.randint(14, 60))
    b = a + datetime.timedelta(days=r.randint(4, 15))
    kind = r.choice(L(ctx, ["vacances", "congé sans solde", "congé de paternité", "formation"],
                      ["vacation", "unpaid leave", "parental leave", "training leave"]))
    if ctx.lang == "fr":
        first = ("Bonjour %s,\n\nJe souhaiterais prendre %s du %s au %s inclusivement. Ma collègue %s a accepté de "
                 "couvrir mes suivis à la clinique TAO.\n\nMerci,\n%s" % (mgr[1], kind, a.isoformat(), b.isoformat(),
                                                                         r.choice(_all_staff(ctx)), emp[1]))
        body = "Approuvé. J'ai mis à jour le calendrier des absences.\n\n" + C.signature(mgr, "fr") + "\n" + \
            quote(ctx, first, who(emp), earlier(ctx))
        subj = "Re: Demande de congé"
    else:
        first = ("Hi %s,\n\nI'd like to request %s from %s to %s inclusive. %s agreed to cover my OAT clinic follow-ups.\n\n"
                 "Thanks,\n%s" % (mgr[1], kind, a.isoformat(), b.isoformat(), r.choice(_all_staff(ctx)), emp[1]))
        body = "Approved. Absence calendar updated.\n\n" + C.signature(mgr, "en") + "\n" + quote(ctx, first, who(emp), earlier(ctx))
        subj = "Re: Leave request"
    return spec(ctx, "leave_request", L(ctx, "approbation d'une demande de congé", "leave request approval"),
                who(mgr), [who(emp)], subj, body, reply_to_id=ctx.msgid("orig"))


def t_payroll(ctx):
    r = ctx.rng
    emp = ctx.staff()
    mat = "%06d" % r.randint(100000, 999999)
    per = r.randint(1, 26)
    amt = "%.2f" % r.uniform(85, 640)
    if ctx.lang == "fr":
        body = ("Bonjour %s,\n\nSuite à votre demande, une correction sera appliquée à la paie de la période %d : "
                "%s heures de garde non payées le %s (prime de soir 4,25 $/h).\nMatricule : %s\nMontant brut rétroactif : "
                "%s $\n\nLe relevé corrigé sera disponible dans le portail employé.\n\nService de la paie\n"
                "CISSS de la Rive-Est — 418-555-0130" % (emp[1], per, r.choice(["7,5", "8", "12"]),
                                                         (ctx.date - datetime.timedelta(days=20)).isoformat(), mat,
                                                         amt.replace(".", ",")))
        subj = r.choice(["Correction de paie — période %d" % per, "Votre demande de correction de paie"])
    else:
        body = ("Hello %s,\n\nFollowing your request, a correction will be applied to pay period %d: %s on-call hours "
                "unpaid on %s (evening premium $4.25/h).\nEmployee no.: %s\nRetroactive gross amount: $%s\n\n"
                "The corrected statement will be in the employee portal.\n\nPayroll Services\nRive-Est Health Centre - "
                "418-555-0130" % (emp[1], per, r.choice(["7.5", "8", "12"]),
                                  (ctx.date - datetime.timedelta(days=20)).isoformat(), mat, amt))
        subj = r.choice(["Payroll correction - period %d" % per, "Your pay correction request"])
    return spec(ctx, "payroll", L(ctx, "correction de paie d'un employé", "employee payroll correction"),
                ext(L(ctx, "Service de la paie", "Payroll"), "paie", "cisss-riveest.example"), [who(emp)], subj, body)


def t_newsletter(ctx):
    r = ctx.rng
    s1, s2, s3 = r.sample(C.STAFF_FR if ctx.lang == "fr" else C.STAFF_EN, 3)
    n_kits = r.randint(900, 2400)
    if ctx.lang == "fr":
        items = ["Bienvenue à %s %s, qui se joint à la clinique d'hépatite C et traitera les patients co-infectés VIH/VHC "
                 "les mardis." % (s1[0], C.staff_name(s1)),
                 "%s %s a présenté ses travaux sur la micro-induction de buprénorphine chez les consommateurs de fentanyl "
                 "au congrès de l'AMDQ." % (s2[0], C.staff_name(s2)),
                 "Bravo à l'équipe de proximité : %d trousses de naloxone distribuées au dernier trimestre, et 31 "
                 "surdoses renversées rapportées par les usagers." % n_kits,
                 "Départ à la retraite de %s %s après 27 ans, dont 12 à l'unité de sevrage. Cocktail le %s à 16 h, salle B-210."
                 % (s3[0], C.staff_name(s3), (ctx.date + datetime.timedelta(days=10)).isoformat()),
                 "Rappel : la vaccination antigrippale du personnel a lieu au 2e étage jusqu'au 15 novembre."]
        title = "Le Relais — bulletin du Service de médecine des dépendances"
        subj = r.choice(["Bulletin Le Relais — %s" % C.MOIS[ctx.date.month - 1], "Infolettre du Service des dépendances"])
    else:
        items = ["Welcome to %s %s, who joins the hepatitis C clinic and will see HIV/HCV co-infected patients on "
                 "Tuesdays." % (s1[0], C.staff_name(s1)),
                 "%s %s presented work on buprenorphine micro-induction in people who use fentanyl at the CSAM meeting."
                 % (s2[0], C.staff_name(s2)),
                 "Kudos to the outreach team: %d naloxone kits handed out last quarter, and 31 overdose reversals reported "
                 "by clients." % n_kits,
                 "%s %s retires after 27 years, 12 of them on the withdrawal unit. Send-off on %s at 4 pm, room B-210."
                 % (s3[0], C.staff_name(s3), (ctx.date + datetime.timedelta(days=10)).isoformat()),
                 "Reminder: staff flu shots on the 2nd floor until November 15."]
        title = "The Relay - Addiction Medicine Service newsletter"
        subj = r.choice(["The Relay newsletter - %s" % C.MONTHS[ctx.date.month - 1], "Addiction Service newsletter"])
    body = title + "\n\n" + "\n\n".join("* " + i for i in items) + "\n\n" + L(
        ctx, "Pour vous désabonner, écrivez à communications@cisss-riveest.example.",
        "To unsubscribe, write to communications@cisss-riveest.example.") + "\n"
    html = ('<html><body style="font-family:Georgia,serif;max-width:640px"><h2 style="color:#2a6f97">%s</h2>\n%s\n'
            '<hr><p style="font-size:9pt">%s<br>%s</p></body></html>\n' % (
                M.html.escape(title), "\n".join("<p>%s</p>" % M.html.escape(i) for i in items),
                M.html.escape(L(ctx, C.ORG_FR, C.ORG_EN)), M.html.escape(L(ctx, C.CLINIC_ADDR_FR, C.CLINIC_ADDR_EN))))
    return spec(ctx, "newsletter", L(ctx, "infolettre du service", "service newsletter"),
                ext(L(ctx, "Communications", "Communications"), "communications", "cisss-riveest.example"),
                [ext(L(ctx, "Tout le personnel", "All staff"), "tous", C.DOM)], subj, body, html=html)


def t_committee(ctx):
    r = ctx.rng
    chair = ctx.staff(role="md|pharm")
    d = ctx.date + datetime.timedelta(days=r.randint(5, 20))
    p1, p2 = r.sample(C.STAFF_FR if ctx.lang == "fr" else C.STAFF_EN, 2)
    if ctx.lang == "fr":
        body = ("Bonjour,\n\nLa prochaine réunion du comité de pharmacologie et thérapeutique aura lieu le %s à 12 h 00, "
                "salle A-114 et sur Teams.\n\nOrdre du jour :\n1. Adoption du procès-verbal\n2. Passage de Metadol-D à "
                "Methadose (dispensation en pharmacie communautaire) — %s %s\n3. Buprénorphine à libération prolongée : "
                "critères d'accès — %s %s\n4. Protocole de sevrage d'alcool (CIWA-Ar) : révision des paliers de diazépam\n"
                "5. Rupture de stock : naloxone injectable 0,4 mg/mL\n6. Varia\n\nDocuments sur l'intranet.\n\n%s" % (
                    d.isoformat(), p1[0], C.staff_name(p1), p2[0], C.staff_name(p2), C.signature(chair, "fr")))
        subj = r.choice(["Convocation — comité de pharmacologie", "Comité P&T : ordre du jour du %s" % d.strftime("%d/%m")])
    else:
        body = ("Hello,\n\nThe next Pharmacy & Therapeutics committee meeting is on %s at 12:00, room A-114 and on Teams.\n\n"
                "Agenda:\n1. Approval of minutes\n2. Switch from Metadol-D to Methadose (community pharmacy dispensing) - "
                "%s %s\n3. Extended-release buprenorphine: access criteria - %s %s\n4. Alcohol withdrawal protocol "
                "(CIWA-Ar): diazepam tier review\n5. Shortage: naloxone 0.4 mg/mL injectable\n6. Other business\n\n"
                "Documents on the intranet.\n\n%s" % (d.isoformat(), p1[0], C.staff_name(p1), p2[0], C.staff_name(p2),
                                                      C.signature(chair, "en")))
        subj = r.choice(["P&T committee - notice of meeting", "P&T agenda for %s" % d.strftime("%b %d")])
    return spec(ctx, "committee_notice", L(ctx, "convocation de comité", "committee notice"), who(chair),
                [ext(L(ctx, "Membres du comité P&T", "P&T committee members"), "comite-pt", C.DOM)], subj, body)


def t_conference(ctx):
    r = ctx.rng
    org = ctx.staff(role="md|nurse|mgr")
    d = ctx.date + datetime.timedelta(days=r.randint(20, 70))
    speakers = r.sample([s for s in C.STAFF_FR + C.STAFF_EN if s[4] in ("md", "nurse", "pharm", "sw")], 5)
    topics = L(ctx, ["Induction de la buprénorphine à l'ère du fentanyl", "Sevrage d'alcool compliqué : delirium tremens",
                     "Hépatite C chez les personnes qui s'injectent", "Grossesse et TAO : mythes et données",
                     "Xylazine et plaies chroniques"],
               ["Buprenorphine induction in the fentanyl era", "Complicated alcohol withdrawal: delirium tremens",
                "Hepatitis C in people who inject drugs", "Pregnancy and OAT: myths and evidence",
                "Xylazine and chronic wounds"])
    prog = []
    for i, (s, t) in enumerate(zip(speakers, topics)):
        prog.append("%02d:%s  %s — %s %s" % (8 + i + (1 if i > 1 else 0), "30" if i % 2 else "00", t, s[0], C.staff_name(s)))
    title = L(ctx, "Journée régionale en médecine des dépendances", "Regional Addiction Medicine Day")
    lines = [("h", title), d.isoformat() + L(ctx, " — Centre des congrès de Lévisville", " - Lévisville Convention Centre"), ""] + prog + \
        ["", L(ctx, "Inscription : 75 $ (gratuit pour les résidents). Crédits de formation : 6 h.",
               "Registration: $75 (free for residents). CME credits: 6 h.")]
    body = L(ctx, "Bonjour,\n\nVoici le programme préliminaire de notre journée régionale. Inscription avant le %s.\n\n%s\n\n%s",
             "Hello,\n\nPreliminary programme for our regional day attached. Register before %s.\n\n%s\n\n%s") % (
        (d - datetime.timedelta(days=10)).isoformat(), "\n".join(prog), C.signature(org, ctx.lang))
    atts = [M.Att("pdf", L(ctx, "programme_journee_regionale.pdf", "regional_day_programme.pdf"), A.pdf(lines, title=title))]
    subj = r.choice([title + " — programme", L(ctx, "Programme préliminaire", "Preliminary programme")])
    return spec(ctx, "conference", L(ctx, "programme de conférence", "conference programme"), who(org),
                [ext(L(ctx, "Liste médecins et professionnels", "Physicians and professionals list"), "liste-pro", C.DOM)],
                subj, body, attachments=atts)


def t_job_posting(ctx):
    r = ctx.rng
    job = r.choice(L(ctx, ["Infirmier(ère) clinicien(ne) — clinique TAO", "Pair aidant(e) — équipe de proximité",
                           "Pharmacien(ne) — coordination TAO", "Agent(e) administratif(ve) classe 2 — unité de sevrage"],
                     ["Clinical nurse - OAT clinic", "Peer support worker - outreach team",
                      "Pharmacist - OAT coordination", "Unit clerk - withdrawal management"]))
    no = "%d-%04d" % (2024, r.randint(100, 9999))
    if ctx.lang == "fr":
        body = ("AFFICHAGE INTERNE — no %s\n\nTitre : %s\nStatut : temps complet permanent, 36,25 h/sem.\nÉchelle salariale : "
                "selon la convention collective\n\nResponsabilités : évaluation des usagers ayant un trouble lié à l'usage "
                "d'opioïdes, suivi des doses, liaison avec les pharmacies communautaires, distribution de naloxone.\n"
                "Exigences : permis valide, expérience en dépendances ou santé mentale un atout, bilinguisme souhaité.\n\n"
                "Période d'affichage : du %s au %s. Postuler via le portail carrières.\n\nDirection des ressources humaines\n" % (
                    no, job, ctx.date.isoformat(), (ctx.date + datetime.timedelta(days=14)).isoformat()))
        subj = "Affichage interne %s — %s" % (no, job)
    else:
        body = ("INTERNAL POSTING - no. %s\n\nTitle: %s\nStatus: full-time permanent, 36.25 h/week\nSalary: per collective "
                "agreement\n\nResponsibilities: assessing clients with opioid use disorder, dose follow-up, liaison with "
                "community pharmacies, naloxone distribution.\nRequirements: valid licence, addiction or mental health "
                "experience an asset, bilingualism preferred.\n\nPosting period: %s to %s. Apply through the careers portal.\n\n"
                "Human Resources\n" % (no, job, ctx.date.isoformat(), (ctx.date + datetime.timedelta(days=14)).isoformat()))
        subj = "Internal posting %s - %s" % (no, job)
    return spec(ctx, "job_posting", L(ctx, "affichage de poste", "job posting"), _hr(),
                [ext(L(ctx, "Tout le personnel", "All staff"), "tous", C.DOM)], subj, body)


def t_candidate(ctx):
    r = ctx.rng
    mgr = ctx.staff(role="mgr")
    cand = r.choice([("Maxime", "Gravel"), ("Kendra", "Oyelaran"), ("Yasmine", "Toussaint"), ("Bruno", "Castonguay"),
                     ("Aisling", "Moran")])
    if ctx.lang == "fr":
        body = ("Bonjour %s,\n\nVoici la candidature retenue pour l'entrevue du poste d'infirmière clinicienne :\n\n"
                "Candidat(e) : %s %s\nFormation : B. Sc. inf., Université de la Rive (2019)\nExpérience : 3 ans à l'urgence, "
                "2 ans en centre de réadaptation en dépendance\nDisponibilité : 4 semaines d'avis\nCV en pièce jointe.\n\n"
                "Entrevue proposée le %s à 10 h.\n\nDotation — RH" % (
                    mgr[1], cand[0], cand[1], (ctx.date + datetime.timedelta(days=6)).isoformat()))
        subj = "Candidature — poste infirmière clinicienne TAO"
    else:
        body = ("Hi %s,\n\nShortlisted candidate for the clinical nurse position:\n\nCandidate: %s %s\nEducation: BScN, "
                "University of the Rive (2019)\nExperience: 3 years ED, 2 years addiction rehab centre\nAvailability: "
                "4 weeks' notice\nCV attached.\n\nProposed interview %s at 10 am.\n\nStaffing - HR" % (
                    mgr[1], cand[0], cand[1], (ctx.date + datetime.timedelta(days=6)).isoformat()))
        subj = "Candidate - OAT clinical nurse position"
    cv = A.docx(["%s %s" % cand, L(ctx, "Infirmière clinicienne", "Registered nurse"),
                 L(ctx, "Expérience : urgence (2019-2022), centre de réadaptation en dépendance (2022-)",
                   "Experience: emergency (2019-2022), addiction rehab centre (2022-)"),
                 L(ctx, "Formations : RCR, administration de naloxone, CIWA-Ar", "Training: CPR, naloxone, CIWA-Ar"),
                 L(ctx, "Langues : français, anglais", "Languages: French, English")], author="HR")
    return spec(ctx, "job_candidate", L(ctx, "dossier de candidature", "job candidate file"), _hr(), [who(mgr)], subj, body,
                attachments=[M.Att("docx", "CV_%s_%s.docx" % (cand[1], cand[0]), cv)])


def t_occ_health(ctx):
    r = ctx.rng
    emp = ctx.staff()
    d = ctx.date - datetime.timedelta(days=r.randint(20, 60))
    titre = r.randint(12, 480)
    if ctx.lang == "fr":
        body = ("Bonjour %s,\n\nSuivi de santé au travail à la suite de votre exposition accidentelle (piqûre d'aiguille) "
                "du %s à l'unité de sevrage.\n\nVos résultats de contrôle à 6 semaines : anti-HBs %d UI/L (immun), "
                "anti-VHC négatif, VIH négatif. Un dernier contrôle est prévu à 3 mois.\nVotre déclaration CNESST "
                "est complétée.\n\nService de santé et sécurité au travail\n418-555-0133" % (
                    emp[1], d.isoformat(), titre))
        subj = "Suivi santé au travail — exposition du %s" % d.strftime("%d/%m")
    else:
        body = ("Hello %s,\n\nOccupational health follow-up after your needle-stick exposure on %s on the withdrawal unit.\n\n"
                "Your 6-week results: anti-HBs %d IU/L (immune), anti-HCV negative, HIV negative. A final check is planned "
                "at 3 months.\nYour workers' compensation report is complete.\n\nOccupational Health & Safety\n418-555-0133" % (
                    emp[1], d.isoformat(), titre))
        subj = "Occupational health follow-up - exposure on %s" % d.strftime("%b %d")
    return spec(ctx, "occupational_health", L(ctx, "suivi de santé au travail d'un employé", "employee occupational health"),
                ext(L(ctx, "Santé au travail", "Occupational Health"), "sst", "cisss-riveest.example"), [who(emp)], subj, body)


def t_baby(ctx):
    r = ctx.rng
    colleague = ctx.staff()
    sender = ctx.staff(exclude=[colleague])
    bd = ctx.date - datetime.timedelta(days=r.randint(1, 5))
    baby = r.choice(["Léa", "Théo", "Florence", "Zoé", "Arthur", "Olivia"])
    kg = "%.2f" % r.uniform(2.9, 4.1)
    if ctx.lang == "fr":
        body = ("Bonjour l'équipe!\n\nGrande nouvelle : %s est devenu(e) parent! Bébé %s est né(e) le %s à 3 h 12, %s kg. "
                "Maman et bébé se portent bien.\nOn fait une collecte pour un cadeau — enveloppe au poste de l'unité de "
                "sevrage jusqu'à vendredi.\n\n%s" % (colleague[1], baby, bd.isoformat(), kg.replace(".", ","), sender[1]))
        subj = r.choice(["Bienvenue bébé %s!" % baby, "Bonne nouvelle dans l'équipe"])
    else:
        body = ("Hi team!\n\nBig news: %s is a parent! Baby %s was born on %s at 3:12 am, %s kg. Mom and baby are doing "
                "well.\nWe're collecting for a gift - envelope at the WMU desk until Friday.\n\n%s" % (
                    colleague[1], baby, bd.isoformat(), kg, sender[1]))
        subj = r.choice(["Welcome baby %s!" % baby, "Good news on the team"])
    return spec(ctx, "staff_news", L(ctx, "annonce de naissance d'un bébé de collègue", "colleague's baby announcement"),
                who(sender), [ext(L(ctx, "Équipe", "Team"), "equipe", C.DOM)], subj, body)


def t_birthdays(ctx):
    r = ctx.rng
    sender = ctx.staff()
    month = ctx.date.month
    rows = [[L(ctx, "Nom", "Name"), L(ctx, "Date de naissance", "Birth date"), L(ctx, "Poste", "Role")]]
    for s in r.sample(C.STAFF_FR + C.STAFF_EN, 4):
        y = r.randint(1965, 1998)
        rows.append(["%s %s" % (s[1], s[2]), "%d-%02d-%02d" % (y, month, r.randint(1, 28)), s[3]])
    pre = L(ctx, "Bonjour!\n\nLes anniversaires du mois (liste du comité social) :",
            "Hi!\n\nThis month's birthdays (social committee list):")
    post = L(ctx, "Gâteau jeudi à 15 h à la salle du personnel.\nComité social", "Cake Thursday 3 pm in the staff room.\nSocial committee")
    body = pre + "\n\n" + text_table(rows) + "\n\n" + post
    return spec(ctx, "social_committee", L(ctx, "anniversaires du personnel", "staff birthdays"), who(sender),
                [ext(L(ctx, "Tout le personnel", "All staff"), "tous", C.DOM)],
                L(ctx, "Anniversaires de %s" % C.MOIS[month - 1], "%s birthdays" % C.MONTHS[month - 1]), body,
                html=wrap_html(ctx, pre, html_table(rows), post) if r.random() < 0.5 else None)


def t_ooo(ctx):
    r = ctx.rng
    s = ctx.staff()
    back = ctx.date + datetime.timedelta(days=r.randint(3, 14))
    other = ctx.staff(exclude=[s])
    if ctx.lang == "fr":
        body = ("Bonjour,\n\nJe suis absent(e) du bureau jusqu'au %s inclusivement. Pour les questions cliniques urgentes "
                "concernant la clinique TAO, veuillez joindre %s %s au %s ou la ligne de l'unité de sevrage au %s.\n"
                "Pour les renouvellements d'ordonnance, télécopieur : %s.\n\n%s" % (
                    back.isoformat(), other[0], C.staff_name(other), C.CLINIC_TEL, C.WMU_TEL, C.CLINIC_FAX, C.signature(s, "fr")))
        subj = "Réponse automatique : %s" % r.choice(["Ordonnance", "Question", "Suivi", "Réunion de jeudi"])
    else:
        body = ("Hello,\n\nI am out of the office until %s. For urgent clinical questions about the OAT clinic, please "
                "contact %s %s at %s or the withdrawal unit at %s.\nFor prescription renewals, fax %s.\n\n%s" % (
                    back.isoformat(), other[0], C.staff_name(other), C.CLINIC_TEL, C.WMU_TEL, C.CLINIC_FAX, C.signature(s, "en")))
        subj = "Automatic reply: %s" % r.choice(["Prescription", "Question", "Follow-up", "Thursday meeting"])
    return spec(ctx, "out_of_office", L(ctx, "réponse automatique d'absence", "out-of-office reply"), who(s),
                [ext("", "info", "partenaire-sante.example")], subj, body)


def t_training(ctx):
    r = ctx.rng
    org = ctx.staff(role="md|nurse|mgr")
    start = datetime.datetime.combine(ctx.date + datetime.timedelta(days=r.randint(7, 30)), datetime.time(13, 0))
    title = r.choice(L(ctx, ["Formation : échelle COWS et induction de buprénorphine", "Atelier naloxone pour le personnel",
                             "Formation CIWA-Ar — nouveaux employés"],
                       ["Training: COWS scale and buprenorphine induction", "Naloxone workshop for staff",
                        "CIWA-Ar training - new staff"]))
    desc = L(ctx, "Formation obligatoire pour le personnel infirmier. Animée par %s %s. Cas simulés sans données réelles.",
             "Mandatory for nursing staff. Led by %s %s. Simulated cases, no real data.") % (org[0], C.staff_name(org))
    ics = A.ics("trn-%s@%s" % (ctx.msgid("ics").split("@")[0], C.DOM), start, 120, title, desc, "Salle B-210",
                organizer=(C.staff_name(org), C.staff_addr(org)),
                attendees=[(C.staff_name(s), C.staff_addr(s)) for s in r.sample(C.STAFF_FR + C.STAFF_EN, 3)])
    body = L(ctx, "Bonjour,\n\nVous êtes convié(e)s à la formation suivante : %s, le %s de 13 h à 15 h, salle B-210.\n\n%s",
             "Hello,\n\nYou are invited to: %s, on %s from 1 to 3 pm, room B-210.\n\n%s") % (
        title, start.date().isoformat(), C.signature(org, ctx.lang))
    return spec(ctx, "training", L(ctx, "invitation à une formation", "training invitation"), who(org),
                [ext(L(ctx, "Personnel infirmier", "Nursing staff"), "soins-infirmiers", C.DOM)], "Invitation: " + title, body,
                attachments=[M.Att("ics", "invite.ics", ics, method="REQUEST")])


def t_directory(ctx):
    r = ctx.rng
    sender = ctx.staff()
    rows = [[L(ctx, "Médecin", "Physician"), L(ctx, "Clientèle / pathologies", "Patients / conditions"), L(ctx, "Poste", "Ext.")]]
    conds = L(ctx, ["TUO, grossesse sous TAO", "sevrage d'alcool compliqué, encéphalopathie de Wernicke",
                    "hépatite C, VIH", "troubles concomitants (TDAH, trouble bipolaire)", "douleur chronique et opioïdes",
                    "trouble lié à l'usage des stimulants"],
              ["OUD, pregnancy on OAT", "complicated alcohol withdrawal, Wernicke encephalopathy", "hepatitis C, HIV",
               "concurrent disorders (ADHD, bipolar)", "chronic pain and opioids", "stimulant use disorder"])
    docs = [s for s in C.STAFF_FR + C.STAFF_EN if s[0].startswith("Dr")]
    for s, c in zip(r.sample(docs, 5), conds):
        rows.append(["%s %s" % (s[0], C.staff_name(s)), c, str(r.randint(4400, 4499))])
    pre = L(ctx, "Bonjour,\n\nVoici le guide de référence interne mis à jour (qui voit quoi) :",
            "Hello,\n\nUpdated internal referral guide (who sees what):")
    post = L(ctx, "Les demandes de consultation se font via le formulaire électronique.", "Consult requests go through the e-form.") + \
        "\n" + C.signature(sender, ctx.lang)
    return spec(ctx, "referral_guide", L(ctx, "guide de référence des médecins", "physician referral guide"), who(sender),
                [ext(L(ctx, "Tous les professionnels", "All clinicians"), "cliniciens", C.DOM)],
                L(ctx, "Guide de référence interne — mise à jour", "Internal referral guide - update"),
                pre + "\n\n" + text_table(rows) + "\n\n" + post, html=wrap_html(ctx, pre, html_table(rows), post))


TEMPLATES = [t_shift_schedule, t_leave, t_payroll, t_newsletter, t_committee, t_conference, t_job_posting, t_candidate,
             t_occ_health, t_baby, t_birthdays, t_ooo, t_training, t_directory]
