"""Negative (non-confidential) templates, part 1: HR, schedules, payroll, newsletters, committees, events."""
import datetime

import gen_attach as A
import gen_common as C
from gen_ctx import Rec
from gen_mime import Attachment
from gen_pos_base import greet, sign, thanks

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ALL_STAFF = "Tout le personnel — Orthopédie", "ortho.personnel@" + C.DOM
CAST_TEAM = ["labelle", "cyr", "goulet"]
NURSES = [("Isabelle", "Gravel"), ("Nancy", "Bérubé"), ("Mélanie", "Forget"), ("Roxanne", "Dagenais"), ("Jean-François", "Lussier"),
          ("Aline", "Comeau"), ("Tania", "Boulet")]


def n_hr_schedule(ctx, lang, when):
    r = ctx.rng
    rec = Rec(lang, "schedule", "cast room and fracture clinic staff schedule" if lang == "en" else "horaire du personnel, salle de plâtre et clinique", False)
    src = r.choice(["whitfield", "gravel", "berube"])
    rec.frm = C.staff_addr(src)
    rec.to = [ALL_STAFF]
    start = ctx.future(when, 3, 14)
    start -= datetime.timedelta(days=start.weekday())
    days = [start + datetime.timedelta(days=i) for i in range(5)]
    people = [C.staff_name(k, False) for k in CAST_TEAM] + ["%s %s" % n for n in r.sample(NURSES, 3)]
    shifts = ["7h30-15h30", "8h-16h", "11h-19h", "congé", "formation"] if lang == "fr" else ["7:30-15:30", "8-16", "11-19", "off", "training"]
    head = ["Employé(e)" if lang == "fr" else "Staff"] + [C.fmt_date(d, lang) for d in days]
    rows = [head] + [[p] + [r.choice(shifts) for _ in days] for p in people]
    mode = r.choice(["body", "xlsx", "csv"])
    if lang == "fr":
        rec.subject = r.choice(["Horaire semaine du %s" % C.fmt_date(start, "fr"), "Horaire salle de plâtre — mise à jour", "Horaire clinique de fractures"])
        intro = "%s\n\nVoici l'horaire de la semaine du %s. Les échanges doivent être approuvés par moi avant le jeudi midi." % (greet(ctx, lang), C.fmt_date(start, "fr"))
    else:
        rec.subject = r.choice(["Schedule week of %s" % C.fmt_date(start, "en"), "Cast room schedule - update", "Fracture clinic staffing"])
        intro = "%s\n\nHere is the schedule for the week of %s. Shift swaps need my approval by Thursday noon." % (greet(ctx, lang), C.fmt_date(start, "en"))
    if mode == "body":
        table = "\n".join("| " + " | ".join(row) + " |" for row in rows)
        rec.body = "%s\n\n%s\n\n%s" % (intro, table, sign(ctx, src, lang))
        rec.structure = r.choice(["html", "alt"])
    elif mode == "xlsx":
        rec.body = "%s\n\n%s" % (intro, sign(ctx, src, lang))
        rec.attachments.append(Attachment("horaire_%s.xlsx" % start.isoformat(), XLSX, A.make_xlsx([("Horaire", rows)])))
    else:
        rec.body = "%s\n\n%s" % (intro, sign(ctx, src, lang))
        rec.attachments.append(Attachment("schedule_%s.csv" % start.isoformat(), "text/csv; charset=utf-8", A.make_csv(rows)))
    return rec


def n_leave(ctx, lang, when):
    r = ctx.rng
    who = r.choice(CAST_TEAM + ["pare", "castonguay", "demers", "clarke", "ferland"])
    rec = Rec(lang, "leave", "staff leave request and approval" if lang == "en" else "demande de congé d'un employé", False)
    rec.frm = C.staff_addr(who)
    rec.to = [C.staff_addr("whitfield")]
    d1 = ctx.future(when, 10, 60)
    d2 = d1 + datetime.timedelta(days=r.randint(2, 14))
    kind = r.choice(["vacances", "congé férié mobile", "congé parental", "congé sans solde"]) if lang == "fr" else \
        r.choice(["vacation", "floating holiday", "parental leave", "unpaid leave"])
    if lang == "fr":
        rec.subject = r.choice(["Demande de congé — %s" % kind, "Vacances %s" % C.fmt_date(d1, "fr"), "Congé : approbation SVP"])
        rec.body = "Bonjour Suzanne,\n\nJe souhaite prendre %s du %s au %s inclusivement. %s a accepté de me remplacer pour les plâtres du mardi.\n\nMerci,\n%s" % (
            kind, C.fmt_date(d1, "fr"), C.fmt_date(d2, "fr"), C.staff_name(r.choice(CAST_TEAM), False), C.staff_name(who, False))
        if r.random() < 0.5:
            rec.subject = "RE: " + rec.subject
            rec.body = "Approuvé, c'est inscrit dans Logibec.\n\nSuzanne\n\n" + "\n".join("> " + l for l in rec.body.split("\n"))
            rec.frm, rec.to = C.staff_addr("whitfield"), [C.staff_addr(who)]
    else:
        rec.subject = r.choice(["Leave request - %s" % kind, "Vacation %s" % C.fmt_date(d1, "en"), "Time off: approval please"])
        rec.body = "Hi Suzanne,\n\nI'd like to take %s from %s to %s inclusive. %s agreed to cover Tuesday casts.\n\nThanks,\n%s" % (
            kind, C.fmt_date(d1, "en"), C.fmt_date(d2, "en"), C.staff_name(r.choice(CAST_TEAM), False), C.staff_name(who, False))
        if r.random() < 0.5:
            rec.subject = "RE: " + rec.subject
            rec.body = "Approved, entered in the system.\n\nSuzanne\n\n" + "\n".join("> " + l for l in rec.body.split("\n"))
            rec.frm, rec.to = C.staff_addr("whitfield"), [C.staff_addr(who)]
    return rec


def n_payroll(ctx, lang, when):
    r = ctx.rng
    who = r.choice(CAST_TEAM + ["pare", "ferland", "gravel", "berube"])
    rec = Rec(lang, "payroll", "payroll correction for an employee" if lang == "en" else "correction de paie d'un employé", False)
    rec.frm = ("Service de la paie", "paie@" + C.DOM)
    rec.to = [C.staff_addr(who)]
    emp = "%06d" % r.randint(100000, 999999)
    per = r.randint(1, 26)
    hrs = r.choice(["7,5", "3,75", "15", "11,25"])
    amt = "%d,%02d" % (r.randint(40, 900), r.randint(0, 99))
    if lang == "fr":
        rec.subject = r.choice(["Correction de paie — période %d" % per, "Prime de soir non versée", "Votre relevé de paie"])
        rec.body = "Bonjour,\n\nMatricule : %s\nPériode de paie : %d\nHeures supplémentaires ajoutées : %s h (taux 1,5)\nMontant rétroactif : %s $\n\nLe montant sera versé à la paie du %s. Pour toute question, poste 2290.\n\nService de la paie\n%s" % (
            emp, per, hrs, amt, C.fmt_date(ctx.future(when, 5, 14), "fr"), C.ADDR_CLINIC)
    else:
        rec.subject = r.choice(["Pay correction - period %d" % per, "Evening premium missing", "Your pay statement"])
        amt = amt.replace(",", ".")
        rec.body = "Hello,\n\nEmployee no.: %s\nPay period: %d\nOvertime added: %s h (x1.5)\nRetro amount: $%s\n\nThis will be paid on %s. Questions: ext. 2290.\n\nPayroll\n%s" % (
            emp, per, hrs.replace(",", "."), amt, C.fmt_date(ctx.future(when, 5, 14), "en"), C.ADDR_CLINIC_EN)
    if r.random() < 0.4:
        pdf = A.make_pdf("Relevé de paie" if lang == "fr" else "Pay statement",
                         ["Matricule / Employee no.: %s" % emp, "Période / Period: %d" % per, "Brut / Gross: %d,%02d $" % (r.randint(1800, 3400), r.randint(0, 99)),
                          "RRQ / QPP, AE / EI, RQAP / QPIP", "Dépôt direct / Direct deposit"])
        rec.attachments.append(Attachment("releve_paie_P%02d.pdf" % per, "application/pdf", pdf))
    return rec


def n_staff_cnesst(ctx, lang, when):
    r = ctx.rng
    who = r.choice(CAST_TEAM + ["ferland", "castonguay"])
    rec = Rec(lang, "staff_health", "employee workplace-injury follow-up by HR (staff occupational health)" if lang == "en"
              else "suivi RH d'un accident de travail d'un employé (santé au travail)", False)
    rec.frm = C.staff_addr("dufresne")
    rec.to = [C.staff_addr("whitfield")]
    rec.cc = [C.staff_addr(who)]
    ev = ctx.past(when, 5, 40)
    if lang == "fr":
        rec.subject = r.choice(["Retour progressif — %s" % C.staff_name(who, False), "Accident de travail (employé) — assignation temporaire", "Dossier SST employé"])
        rec.body = "Bonjour Suzanne,\n\nSuite à l'accident de travail du %s (manipulation d'un patient en salle de plâtre), %s reviendra en assignation temporaire à compter du %s : tâches administratives, pas de soulèvement de charges.\n\nLe formulaire d'assignation temporaire a été transmis à la CNESST par le service de santé et sécurité du travail. Merci de prévoir l'horaire en conséquence.\n\n%s" % (
            C.fmt_date(ev, "fr"), C.staff_name(who, False), C.fmt_date(ctx.future(when, 2, 10), "fr"), sign(ctx, "dufresne", lang))
    else:
        rec.subject = r.choice(["Gradual return to work - %s" % C.staff_name(who, False), "Employee workplace injury - temporary assignment", "Staff OHS file"])
        rec.body = "Hi Suzanne,\n\nFollowing the workplace incident on %s (patient handling in the cast room), %s will return on temporary assignment from %s: admin tasks, no lifting.\n\nThe temporary assignment form was sent to the CNESST by Occupational Health & Safety. Please adjust the schedule.\n\n%s" % (
            C.fmt_date(ev, "en"), C.staff_name(who, False), C.fmt_date(ctx.future(when, 2, 10), "en"), sign(ctx, "dufresne", lang))
    return rec


NEWS_FR = ["Bienvenue à la Dre Catherine Boisvert, qui se joint à l'équipe de la hanche et du genou ; elle s'intéresse particulièrement aux révisions de PTH et aux infections périprothétiques.",
           "Semaine de l'ostéoporose : le Dr Rajesh Iyer présentera le programme de liaison fracture (FLS) qui dépiste l'ostéoporose après une fracture de fragilisation.",
           "Félicitations à Mme Nancy Bérubé pour ses 25 ans de service au 6e Ortho !",
           "Rappel : les chaussures de sécurité sont obligatoires en salle de plâtre.",
           "La Dre Sunita Rao ouvre une clinique du pied bot le mardi après-midi ; les références passent par la clinique de fractures.",
           "Le Dr Kevin Murphy a reçu une subvention pour son étude sur les infections de prothèse de genou. Bravo !",
           "Nouveau : la physiothérapeute Julie Castonguay offre des capsules vidéo sur la réadaptation après PTH et PTG.",
           "Campagne de vaccination antigrippale du personnel : clinique mobile au 6e le jeudi de 10 h à 14 h.",
           "Résultats du sondage de satisfaction de la clinique de fractures : 91 % des répondants recommandent nos services.",
           "M. Rémi Goulet a terminé sa certification en orthèses plantaires ; il pourra dépanner la salle de plâtre le vendredi."]
NEWS_EN = ["Welcome to Dr. Catherine Boisvert, who joins the hip & knee team; her interests are revision THA and periprosthetic joint infection.",
           "Osteoporosis Week: Dr. Rajesh Iyer will present our Fracture Liaison Service, which screens for osteoporosis after fragility fractures.",
           "Congratulations to Ms. Nancy Bérubé on 25 years of service on 6 Ortho!",
           "Reminder: safety footwear is mandatory in the cast room.",
           "Dr. Sunita Rao is opening a clubfoot clinic on Tuesday afternoons; referrals go through the fracture clinic.",
           "Dr. Kevin Murphy received a grant for his study of knee prosthesis infections. Well done!",
           "New: physiotherapist Julie Castonguay now offers short videos on rehab after hip and knee replacement.",
           "Staff flu vaccination: mobile clinic on 6 Ortho Thursday 10:00-14:00.",
           "Fracture clinic satisfaction survey: 91% of respondents would recommend us.",
           "Mr. Rémi Goulet completed his foot orthotics certification and can help in the cast room on Fridays."]


def n_newsletter(ctx, lang, when):
    r = ctx.rng
    rec = Rec(lang, "newsletter", "department newsletter" if lang == "en" else "infolettre du département", False)
    rec.frm = ("Infolettre Orthopédie" if lang == "fr" else "Ortho Newsletter", "infolettre@" + C.DOM)
    rec.to = [ALL_STAFF]
    baby = r.random() < 0.5
    if lang == "fr":
        rec.subject = r.choice(["L'Os à moelle — infolettre de %s" % C.MOIS[when.month - 1], "Infolettre Orthopédie n° %d" % r.randint(20, 60)])
        items = r.sample(NEWS_FR, 4)
        if baby:
            items.append("Naissance : Isabelle Gravel a accueilli la petite Rose le %s (3,4 kg). Félicitations à la nouvelle maman !" % C.fmt_date(ctx.past(when, 3, 20), "fr"))
        else:
            items.append("Anniversaires du mois : Sonia Cyr (le %d), M. Patrick Labelle (le %d). Gâteau au poste jeudi !" % (r.randint(1, 14), r.randint(15, 28)))
        rec.body = "L'OS À MOELLE\n\n" + "\n\n".join("* " + i for i in items) + "\n\nBonne lecture !\nLe comité des communications\n" + C.ADDR_CLINIC
    else:
        rec.subject = r.choice(["The Bone Marrow - %s newsletter" % C.MONTHS[when.month - 1], "Orthopaedics Newsletter #%d" % r.randint(20, 60)])
        items = r.sample(NEWS_EN, 4)
        if baby:
            items.append("Baby news: Isabelle Gravel welcomed baby Rose on %s (7 lb 8 oz). Congratulations!" % C.fmt_date(ctx.past(when, 3, 20), "en"))
        else:
            items.append("Birthdays this month: Sonia Cyr (the %dth), Mr. Patrick Labelle (the %dth). Cake at the desk Thursday!" % (r.randint(4, 14), r.randint(15, 28)))
        rec.body = "THE BONE MARROW\n\n" + "\n\n".join("* " + i for i in items) + "\n\nHappy reading!\nCommunications committee\n" + C.ADDR_CLINIC_EN
    rec.structure = r.choice(["html", "alt", "alt"])
    return rec


def n_committee(ctx, lang, when):
    r = ctx.rng
    rec = Rec(lang, "committee", "committee meeting notice" if lang == "en" else "avis de réunion de comité", False)
    who_ = r.choice(["trudel", "whitfield"])
    rec.frm = C.staff_addr(who_)
    rec.to = [ALL_STAFF]
    d = ctx.future(when, 5, 25)
    kind = r.choice(["mm", "quality", "cmdp"])
    if lang == "fr":
        t = {"mm": "Réunion de morbidité-mortalité", "quality": "Comité qualité et sécurité — orthopédie", "cmdp": "Sous-comité CMDP — chirurgie"}[kind]
        rec.subject = "%s — %s" % (t, C.fmt_date(d, "fr", True))
        agenda = {"mm": ["Cas 1 : infection tardive après RAFI de cheville (présenté par le Dr Alexandre Houle, R3)",
                         "Cas 2 : embolie pulmonaire après PTG, revue de la thromboprophylaxie",
                         "Les cas sont dépersonnalisés ; aucun identifiant ne doit figurer sur les diapositives."],
                  "quality": ["Taux de chirurgie de hanche < 48 h : suivi trimestriel", "Chutes au 6e Ortho : plan d'action",
                              "Dre Anne-Marie Vézina : protocole d'antibioprophylaxie (céfazoline 2 g)"],
                  "cmdp": ["Renouvellement des privilèges : Dr Kevin Murphy, Dre Sunita Rao", "Ordonnances collectives : analgésie post-op",
                           "Approbation du protocole de plâtre pédiatrique"]}[kind]
        rec.body = "%s\n\nVous êtes convoqués à la réunion du %s, de 12 h à 13 h, salle 2.114 (Teams disponible).\n\nOrdre du jour :\n%s\n\nDîner fourni.\n\n%s" % (
            greet(ctx, lang), C.fmt_date(d, "fr", True), "\n".join("%d. %s" % (i + 1, a) for i, a in enumerate(agenda)), sign(ctx, who_, lang))
    else:
        t = {"mm": "Morbidity & Mortality Rounds", "quality": "Quality & Safety Committee - Orthopaedics", "cmdp": "Medical Staff Subcommittee - Surgery"}[kind]
        rec.subject = "%s - %s" % (t, C.fmt_date(d, "en", True))
        agenda = {"mm": ["Case 1: late infection after ankle ORIF (presented by Dr. Alexandre Houle, PGY-3)",
                         "Case 2: PE after TKA, review of thromboprophylaxis",
                         "Cases are de-identified; no identifiers on slides."],
                  "quality": ["Hip fracture surgery < 48 h: quarterly tracking", "Falls on 6 Ortho: action plan",
                              "Dr. Anne-Marie Vézina: antibiotic prophylaxis protocol (cefazolin 2 g)"],
                  "cmdp": ["Privilege renewals: Dr. Kevin Murphy, Dr. Sunita Rao", "Collective orders: post-op analgesia",
                           "Approval of the paediatric casting protocol"]}[kind]
        rec.body = "%s\n\nYou are invited to the meeting on %s, 12:00-13:00, room 2.114 (Teams available).\n\nAgenda:\n%s\n\nLunch provided.\n\n%s" % (
            greet(ctx, lang), C.fmt_date(d, "en", True), "\n".join("%d. %s" % (i + 1, a) for i, a in enumerate(agenda)), sign(ctx, who_, lang))
    if r.random() < 0.4:
        st = datetime.datetime(d.year, d.month, d.day, 12, 0)
        rec.attachments.append(Attachment("invitation.ics", "text/calendar; method=REQUEST; charset=utf-8",
                                          A.make_ics("comite-%s@%s" % (d.isoformat(), C.DOM), st, st + datetime.timedelta(hours=1), t, t, "Salle 2.114",
                                                     C.staff_addr("trudel"), [ALL_STAFF])))
    return rec


def n_conference(ctx, lang, when):
    r = ctx.rng
    rec = Rec(lang, "conference", "orthopaedic conference programme" if lang == "en" else "programme de congrès d'orthopédie", False)
    rec.frm = ("Association d'orthopédie du Québec — congrès" if lang == "fr" else "Quebec Orthopaedic Association - Meeting", "congres@aoq-ortho.example")
    rec.to = [ALL_STAFF]
    d = ctx.future(when, 20, 70)
    talks_fr = [("8 h 30", "Dre Anne-Marie Vézina", "Fractures de hanche chez l'aîné : opérer en moins de 48 h"),
                ("9 h 15", "Dr Rajesh Iyer", "Ostéoporose et prévention de la fracture secondaire"),
                ("10 h 30", "Dre Sunita Rao", "Fractures supracondyliennes chez l'enfant : pièges et maltraitance"),
                ("11 h 15", "Dr Kevin Murphy", "Infections périprothétiques : DAIR ou révision en deux temps ?"),
                ("13 h 30", "Julie Castonguay, pht", "Réadaptation précoce après réparation de la coiffe"),
                ("14 h 15", "Dr Étienne Lafrance", "Lésions professionnelles du membre supérieur et CNESST : le rôle du chirurgien")]
    talks_en = [("8:30", "Dr. Anne-Marie Vézina", "Hip fractures in older adults: surgery within 48 h"),
                ("9:15", "Dr. Rajesh Iyer", "Osteoporosis and secondary fracture prevention"),
                ("10:30", "Dr. Sunita Rao", "Paediatric supracondylar fractures: pitfalls and child abuse"),
                ("11:15", "Dr. Kevin Murphy", "Periprosthetic infection: DAIR or two-stage revision?"),
                ("13:30", "Julie Castonguay, PT", "Early rehab after rotator cuff repair"),
                ("14:15", "Dr. Étienne Lafrance", "Upper-limb work injuries and the CNESST: the surgeon's role")]
    src_talks = talks_fr if lang == "fr" else talks_en
    talks = [src_talks[i] for i in sorted(r.sample(range(len(src_talks)), 4))]
    if lang == "fr":
        rec.subject = r.choice(["Programme — Journée d'orthopédie %d" % d.year, "Inscriptions ouvertes : congrès annuel", "Congrès AOQ : programme préliminaire"])
        body = "%s\n\nLe programme de la Journée d'orthopédie du %s est maintenant disponible :\n\n%s\n\nFrais d'inscription : 250 $ (résidents : gratuit). Crédits de formation : 6 h.\n\nAssociation d'orthopédie du Québec\nTél. : 514-555-0133" % (
            greet(ctx, lang), C.fmt_date(d, "fr", True), "\n".join("%s — %s : %s" % t for t in talks))
    else:
        rec.subject = r.choice(["Programme - Orthopaedic Day %d" % d.year, "Registration open: annual meeting", "QOA meeting: preliminary programme"])
        body = "%s\n\nThe programme for Orthopaedic Day on %s is now available:\n\n%s\n\nRegistration: $250 (residents free). CME credits: 6 h.\n\nQuebec Orthopaedic Association\nTel. 514-555-0133" % (
            greet(ctx, lang), C.fmt_date(d, "en", True), "\n".join("%s - %s: %s" % t for t in talks))
    rec.body = body
    if r.random() < 0.5:
        rec.attachments.append(Attachment("programme.pdf" if lang == "fr" else "program.pdf", "application/pdf",
                                          A.make_pdf("Journée d'orthopédie" if lang == "fr" else "Orthopaedic Day", ["%s  %s  %s" % t for t in talks])))
    return rec


def n_job_posting(ctx, lang, when):
    r = ctx.rng
    rec = Rec(lang, "job_posting", "job posting" if lang == "en" else "affichage de poste", False)
    rec.frm = ("Dotation — Ressources humaines", "dotation@" + C.DOM)
    rec.to = [ALL_STAFF]
    post = r.choice([("Physiothérapeute", "Physiotherapist"), ("Technicien(ne) en orthèses et plâtres", "Cast technician"),
                     ("Infirmier(ère) clinicien(ne) — clinique de fractures", "Clinical nurse - fracture clinic"),
                     ("Agent(e) administratif(ve) — bloc opératoire", "OR booking clerk")])
    num = "ORT-%d-%03d" % (when.year, r.randint(1, 300))
    if lang == "fr":
        rec.subject = "Affichage %s — %s" % (num, post[0])
        rec.body = "AFFICHAGE DE POSTE %s\n\nTitre : %s\nService : orthopédie, Hôpital Saint-Aubin\nStatut : temps complet permanent, jour\nÉchelle salariale : selon la convention collective\nExigences : membre de l'ordre professionnel, 2 ans d'expérience en orthopédie un atout\n\nPostulez avant le %s sur le portail carrières.\n\nDotation — Ressources humaines\n%s" % (
            num, post[0], C.fmt_date(ctx.future(when, 10, 25), "fr"), C.ADDR_CLINIC)
    else:
        rec.subject = "Posting %s - %s" % (num, post[1])
        rec.body = "JOB POSTING %s\n\nTitle: %s\nDepartment: Orthopaedics, Saint-Aubin Hospital\nStatus: full-time permanent, days\nSalary: per collective agreement\nRequirements: licensed, 2 years of orthopaedic experience an asset\n\nApply before %s through the careers portal.\n\nTalent Acquisition - HR\n%s" % (
            num, post[1], C.fmt_date(ctx.future(when, 10, 25), "en"), C.ADDR_CLINIC_EN)
    rec.structure = r.choice(["plain", "html", "alt"])
    return rec


def n_candidate(ctx, lang, when):
    r = ctx.rng
    rec = Rec(lang, "candidates", "interview schedule for job candidates" if lang == "en" else "horaire d'entrevues de candidats", False)
    rec.frm = C.staff_addr("dufresne")
    rec.to = [C.staff_addr("whitfield"), C.staff_addr(r.choice(["castonguay", "gravel", "labelle"]))]
    cands = r.sample(["Mathilde Cormier", "Youssef El Amrani", "Sarah-Jeanne Pilon", "Connor Walsh", "Ana Sofia Reyes", "Félix Bourgault"], 3)
    d = ctx.future(when, 3, 15)
    slots = ["9 h", "10 h 15", "13 h 30"] if lang == "fr" else ["9:00", "10:15", "13:30"]
    if lang == "fr":
        rec.subject = "Entrevues — poste %s" % r.choice(["physiothérapeute", "technicien en plâtre"])
        rec.body = "%s\n\nVoici l'horaire des entrevues du %s (salle RH-3) :\n\n%s\n\nLes CV sont dans le dossier partagé. Grille d'évaluation jointe.\n\n%s" % (
            greet(ctx, lang), C.fmt_date(d, "fr", True), "\n".join("%s — %s" % (s, c) for s, c in zip(slots, cands)), sign(ctx, "dufresne", lang))
    else:
        rec.subject = "Interviews - %s position" % r.choice(["physiotherapist", "cast technician"])
        rec.body = "%s\n\nInterview schedule for %s (room HR-3):\n\n%s\n\nCVs are in the shared folder. Scoring grid attached.\n\n%s" % (
            greet(ctx, lang), C.fmt_date(d, "en", True), "\n".join("%s - %s" % (s, c) for s, c in zip(slots, cands)), sign(ctx, "dufresne", lang))
    grid = [["Critère" if lang == "fr" else "Criterion", "/10"], ["Expérience" if lang == "fr" else "Experience", ""],
            ["Communication", ""], ["Mise en situation" if lang == "fr" else "Case scenario", ""]]
    rec.attachments.append(Attachment("grille_entrevue.docx" if lang == "fr" else "interview_grid.docx", DOCX,
                                      A.make_docx("Grille d'entrevue" if lang == "fr" else "Interview grid", [], grid)))
    return rec


def n_training(ctx, lang, when):
    r = ctx.rng
    rec = Rec(lang, "training", "staff training session" if lang == "en" else "séance de formation du personnel", False)
    who_ = r.choice(["gravel", "labelle", "castonguay"])
    rec.frm = C.staff_addr(who_)
    rec.to = [ALL_STAFF]
    d = ctx.future(when, 4, 30)
    t = r.choice([("Atelier : pose de plâtre en fibre de verre et prévention des plaies de pression", "Workshop: fibreglass casting and pressure-sore prevention"),
                  ("RCR / BLS — recertification", "BLS recertification"),
                  ("Déplacements sécuritaires des patients (PDSB)", "Safe patient handling"),
                  ("Reconnaître le syndrome du compartiment", "Recognising compartment syndrome")])
    if lang == "fr":
        rec.subject = "Formation — %s" % t[0]
        rec.body = "%s\n\n%s\nDate : %s, 13 h à 15 h 30\nLieu : salle de plâtre 2 et salle 2.110\nFormateurs : Patrick Labelle et Dre Camille Ouimet\n\nInscription auprès de Linda Paré (poste 2215). Places limitées à 12.\n\n%s" % (
            greet(ctx, lang), t[0], C.fmt_date(d, "fr", True), sign(ctx, who_, lang))
    else:
        rec.subject = "Training - %s" % t[1]
        rec.body = "%s\n\n%s\nDate: %s, 13:00-15:30\nWhere: cast room 2 and room 2.110\nTrainers: Patrick Labelle and Dr. Camille Ouimet\n\nRegister with Linda Paré (ext. 2215). 12 seats.\n\n%s" % (
            greet(ctx, lang), t[1], C.fmt_date(d, "en", True), sign(ctx, who_, lang))
    return rec


def n_social_event(ctx, lang, when):
    r = ctx.rng
    rec = Rec(lang, "social_event", "staff party / retirement announcement" if lang == "en" else "fête du personnel / départ à la retraite", False)
    who_ = r.choice(["pare", "ferland", "berube"])
    rec.frm = C.staff_addr(who_)
    rec.to = [ALL_STAFF]
    d = ctx.future(when, 5, 25)
    kind = r.choice(["retraite", "noel", "bday"])
    if lang == "fr":
        txt = {"retraite": ("Départ à la retraite du Dr Marc-André Trudel", "Après 31 ans de chirurgie de la colonne et du genou, le Dr Trudel prend sa retraite. 5 à 7 le %s au Bistro du Lac."),
               "noel": ("Party de Noël de l'orthopédie", "Le party aura lieu le %s à la salle des Chevaliers. Contribution : 20 $. Échange de cadeaux (max 15 $)."),
               "bday": ("Surprise pour les 50 ans de Sonia !", "Sonia Cyr (née le 9 décembre 1974) fête ses 50 ans. Carte à signer au poste, gâteau le %s à 14 h.")}[kind]
    else:
        txt = {"retraite": ("Retirement of Dr. Marc-André Trudel", "After 31 years of spine and knee surgery, Dr. Trudel is retiring. Drinks on %s at Bistro du Lac."),
               "noel": ("Ortho holiday party", "The party is on %s at the Knights' hall. $20 contribution. Gift exchange ($15 max)."),
               "bday": ("Surprise for Sonia's 50th!", "Sonia Cyr (born December 9, 1974) turns 50. Card at the desk, cake on %s at 2 pm.")}[kind]
    rec.subject = txt[0]
    rec.body = "%s\n\n%s\n\n%s" % (greet(ctx, lang), txt[1] % C.fmt_date(d, lang, True), sign(ctx, who_, lang, True))
    rec.structure = r.choice(["html", "alt", "plain"])
    return rec


def n_or_blocks(ctx, lang, when):
    r = ctx.rng
    rec = Rec(lang, "or_blocks", "OR block allocation by surgeon" if lang == "en" else "répartition des blocs opératoires par chirurgien", False)
    rec.frm = C.staff_addr("auclair")
    rec.to = [ALL_STAFF]
    start = ctx.future(when, 7, 30)
    start -= datetime.timedelta(days=start.weekday())
    surgeons = ["vezina", "iyer", "lafrance", "boisvert", "murphy", "rao"]
    rows = [["Jour" if lang == "fr" else "Day", "Salle 4" if lang == "fr" else "OR 4", "Salle 6" if lang == "fr" else "OR 6"]]
    for i in range(5):
        dd = start + datetime.timedelta(days=i)
        rows.append([C.fmt_date(dd, lang, True), C.staff_name(r.choice(surgeons)), r.choice([C.staff_name(r.choice(surgeons)), "Trauma", "Arthroplastie" if lang == "fr" else "Arthroplasty"])])
    body_t = "\n".join("| " + " | ".join(x) + " |" for x in rows)
    if lang == "fr":
        rec.subject = "Blocs opératoires — semaine du %s" % C.fmt_date(start, "fr")
        rec.body = "%s\n\nRépartition des salles d'orthopédie :\n\n%s\n\nLa salle de trauma du vendredi reste ouverte aux fractures de hanche.\n\n%s" % (greet(ctx, lang), body_t, sign(ctx, "auclair", lang))
    else:
        rec.subject = "OR blocks - week of %s" % C.fmt_date(start, "en")
        rec.body = "%s\n\nOrthopaedic room allocation:\n\n%s\n\nFriday trauma room stays open for hip fractures.\n\n%s" % (greet(ctx, lang), body_t, sign(ctx, "auclair", lang))
    rec.structure = r.choice(["html", "alt"])
    return rec


def n_meeting_ics(ctx, lang, when):
    r = ctx.rng
    rec = Rec(lang, "meeting", "staff meeting invitation" if lang == "en" else "invitation à une réunion d'équipe", False)
    org = r.choice(["whitfield", "trudel", "gravel"])
    rec.frm = C.staff_addr(org)
    rec.to = [C.staff_addr(k) for k in r.sample(["pare", "lalonde", "ferland", "labelle", "cyr", "castonguay", "demers"], 3)]
    d = ctx.future(when, 2, 20)
    st = datetime.datetime(d.year, d.month, d.day, r.choice([8, 12, 14]), 0)
    t = r.choice([("Réunion d'équipe — clinique de fractures", "Team meeting - fracture clinic"),
                  ("Planification des congés des Fêtes", "Holiday leave planning"),
                  ("Rencontre : nouveau logiciel de rendez-vous", "Meeting: new booking software")])
    title = t[0] if lang == "fr" else t[1]
    rec.subject = ("Invitation : %s" if lang == "fr" else "Invitation: %s") % title
    rec.body = "%s\n\n%s\n%s\n\n%s" % (greet(ctx, lang), title, C.fmt_date(d, lang, True), sign(ctx, org, lang, True))
    rec.attachments.append(Attachment("invite.ics", "text/calendar; method=REQUEST; charset=utf-8",
                                      A.make_ics("mtg-%s-%d@%s" % (d.isoformat(), r.randint(1, 999), C.DOM), st, st + datetime.timedelta(minutes=45), title,
                                                 "Ordre du jour à venir" if lang == "fr" else "Agenda to follow", "Salle 2.114 / Teams", C.staff_addr(org), rec.to)))
    return rec


def n_vendor_vcard(ctx, lang, when):
    r = ctx.rng
    rec = Rec(lang, "vendor_contact", "sales representative contact card" if lang == "en" else "carte de contact d'un représentant", False)
    rec.frm = C.staff_addr("hamel")
    rec.to = [C.staff_addr(r.choice(["gravel", "labelle", "auclair"]))]
    rep = r.choice([("Olivier Desrochers", "OrthoMed Canada"), ("Heather Lindqvist", "Castex Medical"), ("Samir Khalil", "Implantis Nord")])
    v = A.make_vcf(rep[0], [rep[0].split()[1], rep[0].split()[0], "", "", ""], tel=("WORK", "1-800-555-01%02d" % r.randint(10, 99)),
                   email="%s@%s.example" % (rep[0].split()[0].lower(), rep[1].split()[0].lower()), org=rep[1],
                   title="Représentant territorial" if lang == "fr" else "Territory manager")
    rec.attachments.append(Attachment("%s.vcf" % rep[0].replace(" ", "_"), "text/vcard; charset=utf-8", v))
    rec.subject = ("Coordonnées du représentant %s" if lang == "fr" else "Contact for %s rep") % rep[1]
    rec.body = ("%s\n\nVoici la carte du représentant %s pour les commandes de matériel de plâtre et les démonstrations.\n\n%s" if lang == "fr"
                else "%s\n\nHere's the card for the %s rep for casting supplies and demos.\n\n%s") % (greet(ctx, lang), rep[1], sign(ctx, "hamel", lang))
    return rec
