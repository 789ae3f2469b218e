"""Negative templates, part A: staff mail - schedules, leave, payroll, occupational health,
job postings and candidates, celebrations, orientation, training, meeting minutes."""
import datetime

from gen_base import (A, C, M, docx_part, eml_part, finish, headers, ics_part, inner_message, mixed,
                      pdf_part, vcf_part, xlsx_part)


def st(ctx, p):
    return (C.display(p, ctx.lang), p["email"])


def team(ctx, n, roles=("md", "rn")):
    return [ctx.staff(ctx.rng.choice(roles)) for _ in range(n)]


def n_schedule(ctx):
    r, L = ctx.rng, ctx.lang
    sender = ctx.staff("mgr")
    people = team(ctx, r.randint(6, 10), ("md",) if r.random() < 0.5 else ("rn",))
    month = ctx.day.replace(day=1) + datetime.timedelta(days=32)
    month = month.replace(day=1)
    shifts = ctx.t(["Jour 8-16", "Soir 16-24", "Nuit 0-8", "UCD jour", "Garde", "Congé"],
                   ["Day 8-16", "Evening 16-24", "Night 0-8", "SSU day", "On call", "Off"])
    rows = [[ctx.t("Nom", "Name")] + [(month + datetime.timedelta(days=d)).strftime("%d/%m") for d in range(7)]]
    for p in people:
        rows.append([C.display(p, L)] + [r.choice(shifts) for _ in range(7)])
    mode = r.choice(["xlsx", "body", "pdf"])
    intro = ctx.t("Voici l'horaire provisoire de %s. Les échanges doivent être approuvés avant le 20.",
                  "Here is the draft schedule for %s. Swaps must be approved by the 20th.") % (
        C.MONTHS_FR[month.month - 1] if L == "fr" else C.MONTHS_EN[month.month - 1])
    text = "\n".join([ctx.greeting(), "", intro, "", "[[TABLE]]" if mode == "body" else
                      ctx.t("Fichier en pièce jointe.", "File attached."), "",
                      ctx.t("Rappel : Dre %s est en congé de maternité à partir du 15.",
                            "Reminder: Dr. %s starts maternity leave on the 15th.") % ctx.staff("md", "F")["surname"]
                      if r.random() < 0.4 else "", ctx.closing(), C.signature(sender, L, r)])
    body = M.make_body(r, text, table_rows=rows if mode == "body" else None, wrap=False)
    fn = ctx.t("horaire_%s.%s", "schedule_%s.%s")
    if mode == "xlsx":
        root = mixed(body, xlsx_part(ctx, A.make_xlsx([("horaire" if L == "fr" else "schedule", rows)]),
                                     fn % (month.strftime("%Y-%m"), "xlsx")))
    elif mode == "pdf":
        root = mixed(body, pdf_part(ctx, A.make_pdf(ctx.t("Horaire", "Schedule"), [], table=rows), fn % (
            month.strftime("%Y-%m"), "pdf")))
    else:
        root = body
    to = [(ctx.t("Équipe urgence", "ED team"), ctx.org_addr("urgence.tous"))]
    subj = ctx.t("Horaire %s", "Schedule %s") % month.strftime("%Y-%m")
    return finish(ctx, headers(ctx, st(ctx, sender), to, subj), root, "schedule",
                  ctx.t("horaire du personnel", "staff schedule"))


def n_leave(ctx):
    r, L = ctx.rng, ctx.lang
    kind = r.choice(["vacation", "baby", "sick", "return"])
    mgr, emp = ctx.staff("mgr"), ctx.staff(r.choice(["rn", "clerk", "md"]), "F" if kind == "baby" else None)
    if kind == "vacation":
        d1 = ctx.day + datetime.timedelta(days=r.randint(20, 90))
        text = ctx.t("Bonjour %s,\n\nTa demande de vacances du %s au %s est approuvée. N'oublie pas de la "
                     "saisir dans le système d'horaires.\n\n%s", "Hi %s,\n\nYour vacation request from %s to %s is approved. "
                     "Please enter it in the scheduling system.\n\n%s") % (
            emp["given"], d1.isoformat(), (d1 + datetime.timedelta(days=r.randint(5, 14))).isoformat(), mgr["given"])
        subj = ctx.t("Vacances approuvées", "Vacation approved")
    elif kind == "baby":
        bd = ctx.day - datetime.timedelta(days=r.randint(1, 6))
        baby = C.kid_given(r, r.choice("FM"), L)
        text = ctx.t("Bonjour à tous,\n\nBonne nouvelle : notre collègue %s a accouché le %s d'un(e) petit(e) %s, "
                     "%s kg, 51 cm. Maman et bébé vont très bien! Une carte circule au poste des infirmières "
                     "pour ceux qui veulent signer.\n\n%s congé de maternité jusqu'en %s; %s assure l'intérim.\n\n%s",
                     "Hi everyone,\n\nGreat news: our colleague %s gave birth on %s to little %s, %s kg, 51 cm. "
                     "Mom and baby are doing great! A card is at the nursing station if you want to sign.\n\n%s "
                     "maternity leave until %s; %s is covering.\n\n%s") % (
            C.display(emp, L, False), C.fmt_date(bd, L, "long"), baby, ("%.1f" % r.uniform(2.9, 4.1)).replace(
                ".", "," if L == "fr" else "."), ctx.t("Début du", "Start of"),
            C.MONTHS_FR[(bd.month + 11) % 12] if L == "fr" else C.MONTHS_EN[(bd.month + 11) % 12],
            C.display(ctx.staff("rn"), L, False), mgr["given"])
        subj = ctx.t("Bienvenue bébé %s!", "Welcome baby %s!") % baby
    elif kind == "sick":
        text = ctx.t("Bonjour,\n\n%s (%s) sera en arrêt de travail pour une entorse lombaire jusqu'au %s. "
                     "Billet reçu au bureau de santé. Merci de combler ses quarts de soir via la liste de rappel."
                     "\n\n%s", "Hello,\n\n%s (%s) will be off work with a lumbar sprain until %s. The note was "
                     "received by occupational health. Please fill the evening shifts from the call-in list."
                     "\n\n%s") % (C.display(emp, L, False), emp["job_" + L].lower(),
                                  (ctx.day + datetime.timedelta(days=r.randint(7, 30))).isoformat(), mgr["given"])
        subj = ctx.t("Absence - remplacement", "Absence - coverage needed")
    else:
        text = ctx.t("Bonjour,\n\nRetour progressif de %s à compter de lundi : 3 jours/semaine pendant 4 semaines, "
                     "sans nuit. Merci de l'accueillir!\n\n%s", "Hello,\n\n%s is back on a gradual return from "
                     "Monday: 3 days/week for 4 weeks, no nights. Please welcome them back!\n\n%s") % (
            C.display(emp, L, False), mgr["given"])
        subj = ctx.t("Retour progressif", "Gradual return to work")
    to = [st(ctx, emp)] if kind == "vacation" else [(ctx.t("Infirmières urgence", "ED nurses"),
                                                    ctx.org_addr("inf.urgence"))]
    text += "\n\n" + C.signature(mgr, L, r)
    return finish(ctx, headers(ctx, st(ctx, mgr), to, subj), M.make_body(r, text), "hr_leave",
                  ctx.t("congés et absences du personnel", "staff leave notice"))


def n_payroll(ctx):
    r, L = ctx.rng, ctx.lang
    pay, emp = ctx.staff("clerk", "F"), ctx.staff(r.choice(["rn", "clerk"]))
    pay["job_fr"], pay["job_en"] = "Technicienne en paie", "Payroll technician"
    empno = "%06d" % r.randint(100000, 999999)
    period = r.randint(1, 26)
    amt = r.randint(80, 640)
    text = "\n".join([ctx.greeting(emp["given"]), "",
                      ctx.t("Suite à ta demande, nous avons vérifié la période de paie %d. La prime de soir "
                            "(quarts des %s) n'avait pas été versée. Un ajustement de %d,%02d $ brut sera fait sur "
                            "la paie du %s.", "Following your request, we checked pay period %d. The evening premium "
                            "(shifts on %s) had not been paid. A gross adjustment of $%d.%02d will appear on the %s "
                            "pay.") % (period, ", ".join(str(r.randint(1, 28)) for _ in range(3)), amt,
                                       r.randint(0, 99), (ctx.day + datetime.timedelta(days=14)).isoformat()),
                      "", ctx.t("Matricule : ", "Employee no.: ") + empno,
                      ctx.t("NAS : ***-***-%03d (inchangé)", "SIN: ***-***-%03d (unchanged)") % r.randint(100, 999),
                      ctx.t("Feuillet T4 : une version modifiée sera émise en février.",
                            "T4 slip: an amended one will be issued in February."),
                      "", ctx.closing(), C.signature(pay, L, r)])
    subj = ctx.t("Paie - ajustement prime de soir", "Payroll - evening premium adjustment")
    return finish(ctx, headers(ctx, st(ctx, pay), st(ctx, emp), subj), M.make_body(r, text), "payroll",
                  ctx.t("ajustement de paie d'une employée", "employee payroll adjustment"))


def n_occ_health(ctx):
    r, L = ctx.rng, ctx.lang
    oh = ctx.staff("rn", "F")
    oh["job_fr"], oh["job_en"] = "Infirmière, santé et sécurité au travail", "Occupational health nurse"
    kind = r.choice(["flu", "exposure", "fit"])
    if kind == "flu":
        text = ctx.t("Bonjour,\n\nLa campagne de vaccination antigrippale du personnel débute le %s. Cliniques "
                     "mobiles à l'urgence les mardis et jeudis de 7h à 9h et de 15h à 17h. Taux de vaccination de "
                     "l'urgence l'an dernier : 68 %%. Objectif : 80 %%.\n\nApportez votre carte d'employé.",
                     "Hello,\n\nThe staff flu vaccination campaign starts %s. Mobile clinics in the ED on Tuesdays "
                     "and Thursdays 7-9 am and 3-5 pm. ED coverage last year: 68%%. Target: 80%%.\n\nBring your "
                     "employee badge.") % C.fmt_date(ctx.day + datetime.timedelta(days=10), L, "long")
        subj = ctx.t("Vaccination antigrippale du personnel", "Staff flu vaccination")
        to = [(ctx.t("Tout le personnel", "All staff"), ctx.org_addr("tous"))]
    elif kind == "exposure":
        emp = ctx.staff(r.choice(["rn", "md", "resident"]))
        text = ctx.t("Bonjour %s,\n\nSuite à ta piqûre d'aiguille du %s, ton suivi en santé du personnel est "
                     "prévu à 6 semaines et à 3 mois. Tes sérologies de base sont négatives et ton statut "
                     "anti-HBs est protecteur. Aucune prophylaxie requise selon l'évaluation de la source.\n\n"
                     "Ce suivi est confidentiel et n'est pas transmis à ton gestionnaire.",
                     "Hi %s,\n\nFollowing your needlestick on %s, your occupational health follow-up is set for "
                     "6 weeks and 3 months. Your baseline serologies are negative and your anti-HBs is protective. "
                     "No prophylaxis needed based on the source assessment.\n\nThis follow-up is confidential and "
                     "not shared with your manager.") % (emp["given"], (ctx.day - datetime.timedelta(days=3)).isoformat())
        subj = ctx.t("Suivi post-exposition", "Post-exposure follow-up")
        to = [st(ctx, emp)]
    else:
        text = ctx.t("Bonjour,\n\nEssais d'ajustement des masques N95 : les employés dont l'essai date de plus de "
                     "2 ans doivent prendre rendez-vous. Liste des modèles disponibles : 3M 1870+, 3M 8110S "
                     "(petit), Halyard 46727.", "Hello,\n\nN95 fit testing: staff whose last test is over 2 years "
                     "old must book a slot. Available models: 3M 1870+, 3M 8110S (small), Halyard 46727.")
        subj = ctx.t("Essais d'ajustement N95", "N95 fit testing")
        to = [(ctx.t("Personnel urgence", "ED staff"), ctx.org_addr("urgence.tous"))]
    text += "\n\n" + C.signature(oh, L, r)
    return finish(ctx, headers(ctx, st(ctx, oh), to, subj), M.make_body(r, text), "occupational_health",
                  ctx.t("santé et sécurité du personnel", "staff occupational health"))


def n_job_posting(ctx):
    r, L = ctx.rng, ctx.lang
    hr = ctx.staff("clerk", "F")
    hr["job_fr"], hr["job_en"] = "Conseillère en acquisition de talents", "Talent acquisition advisor"
    job = r.choice([ctx.t("Infirmière clinicienne - urgence pédiatrique (temps complet, rotation)",
                          "Clinical nurse - paediatric emergency (full time, rotating)"),
                    ctx.t("Inhalothérapeute - unité de courte durée", "Respiratory therapist - short-stay unit"),
                    ctx.t("Agent(e) administratif(ve) classe 2 - accueil urgence", "Unit clerk - ED registration"),
                    ctx.t("Travailleur(se) social(e) - équipe sociojuridique", "Social worker - child protection team")])
    text = "\n".join([ctx.t("AFFICHAGE DE POSTE n° %s", "JOB POSTING #%s") % ("2024-%04d" % r.randint(1, 3000)), "",
                      job, "",
                      ctx.t("Exigences : membre en règle de l'ordre professionnel; PALS un atout; bilinguisme requis.",
                            "Requirements: member in good standing of the professional order; PALS an asset; "
                            "bilingual."),
                      ctx.t("Salaire : selon la convention collective (%d,%02d $ à %d,%02d $/h)",
                            "Salary: per collective agreement ($%d.%02d to $%d.%02d/h)") % (
                          r.randint(25, 32), r.randint(0, 99), r.randint(40, 52), r.randint(0, 99)),
                      ctx.t("Lieu : ", "Location: ") + C.ORG["addr_" + L],
                      ctx.t("Date limite : ", "Deadline: ") + (ctx.day + datetime.timedelta(days=21)).isoformat(), "",
                      ctx.t("Pour postuler : carrieres@hptr.example ou 819 555-0123.",
                            "To apply: carrieres@hptr.example or 819 555-0123."), "", C.signature(hr, L, r)])
    to = [(ctx.t("Liste de diffusion - affichages", "Postings mailing list"), ctx.org_addr("affichages"))]
    form = r.choice(["html", "alt", "plain"])
    root = M.make_body(r, text, form=form)
    if r.random() < 0.4:
        root = mixed(root, pdf_part(ctx, A.make_pdf(job, text.split("\n")[2:-1], compress=True),
                                    ctx.t("affichage.pdf", "posting.pdf")))
    return finish(ctx, headers(ctx, st(ctx, hr), to, ctx.t("Affichage : ", "Posting: ") + job.split(" - ")[0]),
                  root, "job_posting", ctx.t("affichage de poste", "job posting"))


def n_candidate(ctx):
    r, L = ctx.rng, ctx.lang
    hr, mgr = ctx.staff("clerk"), ctx.staff("mgr")
    cand = ctx.staff(r.choice(["rn", "sw"]))
    bdate = datetime.date(r.randint(1975, 2000), r.randint(1, 12), r.randint(1, 28))
    cv = [ctx.t("Coordonnées", "Contact"), C.home_address(r, L), C.phone(r),
          "%s.%s@mail.example" % (C.ascii_fold(cand["given"]).lower(), C.ascii_fold(cand["surname"]).lower()),
          ctx.t("Date de naissance : ", "Date of birth: ") + bdate.isoformat(), "",
          "## " + ctx.t("Expérience", "Experience"),
          ctx.t("2019-2024 : infirmière, soins intensifs pédiatriques, Centre universitaire pédiatrique",
                "2019-2024: nurse, paediatric intensive care, University Paediatric Centre"),
          ctx.t("2016-2019 : infirmière, médecine adulte", "2016-2019: nurse, adult medicine"),
          "## " + ctx.t("Formation", "Education"), ctx.t("Baccalauréat en sciences infirmières (2016)",
                                                         "BScN (2016)"),
          "## " + ctx.t("Certifications", "Certifications"), "PALS, NRP, TNCC"]
    doc = A.make_docx("%s %s - CV" % (cand["given"], cand["surname"]), cv)
    text = "\n".join([ctx.greeting(mgr["given"]), "",
                      ctx.t("Voici le CV de la candidate retenue pour l'entrevue du %s à 10h (salle 2B-114). "
                            "Références vérifiées.", "Here is the CV of the shortlisted candidate for the interview on "
                            "%s at 10 am (room 2B-114). References checked.") % (
                          ctx.day + datetime.timedelta(days=r.randint(2, 10))).isoformat(), "",
                      ctx.closing(), C.signature(hr, L, r)])
    fn = "CV_%s_%s.docx" % (cand["given"], cand["surname"])
    root = mixed(M.make_body(r, text), docx_part(ctx, doc, fn))
    return finish(ctx, headers(ctx, st(ctx, hr), st(ctx, mgr), ctx.t("Entrevue - CV", "Interview - CV")), root,
                  "candidate", ctx.t("CV d'une candidate pour entrevue", "candidate CV for interview"))


def n_celebration(ctx):
    r, L = ctx.rng, ctx.lang
    org = ctx.staff(r.choice(["rn", "clerk"]))
    who = ctx.staff(r.choice(["md", "rn", "mgr"]))
    kind = r.choice(["birthday", "retirement", "potluck"])
    if kind == "birthday":
        bd = datetime.date(r.randint(1960, 1995), ctx.day.month, min(28, ctx.day.day + 2))
        text = ctx.t("Psst! %s fête ses %d ans vendredi (née le %s). Gâteau à la salle du personnel à 14h30. "
                     "Contribution volontaire de 5 $ pour la carte.", "Psst! %s turns %d on Friday (born %s). "
                     "Cake in the staff room at 2:30. $5 voluntary contribution for the card.") % (
            C.display(who, L), ctx.day.year - bd.year, C.fmt_date(bd, L, "long"))
        subj = ctx.t("Anniversaire surprise", "Surprise birthday")
    elif kind == "retirement":
        text = ctx.t("Après 31 ans à l'urgence, %s prend sa retraite! 5 à 7 au Bistro Le Quai, %s. "
                     "%s a été notre référence pour les plâtres et les points de suture.",
                     "After 31 years in the ED, %s is retiring! Farewell drinks at Bistro Le Quai, %s. "
                     "%s has been our go-to for casts and sutures.") % (
            C.display(who, L), C.fmt_date(ctx.day + datetime.timedelta(days=9), L, "long"), who["given"])
        subj = ctx.t("Départ à la retraite", "Retirement party")
    else:
        text = ctx.t("Dîner-partage de l'équipe UCD le %s! Inscrivez votre plat : allergies connues dans "
                     "l'équipe = arachides, fruits de mer.", "SSU team potluck on %s! Sign up with your dish: known "
                     "allergies on the team = peanuts, shellfish.") % C.fmt_date(
            ctx.day + datetime.timedelta(days=6), L, "long")
        subj = ctx.t("Dîner-partage", "Potluck")
    text = ctx.greeting() + "\n\n" + text + "\n\n" + org["given"] + "\n" + ctx.t("Comité social", "Social committee")
    to = [(ctx.t("Équipe urgence", "ED team"), ctx.org_addr("urgence.tous"))]
    return finish(ctx, headers(ctx, st(ctx, org), to, subj), M.make_body(r, text, form=r.choice(["html", "plain"])),
                  "social_committee", ctx.t("message du comité social", "social committee message"))


def n_orientation(ctx):
    r, L = ctx.rng, ctx.lang
    coord = ctx.staff("clerk", "F")
    coord["job_fr"], coord["job_en"] = "Coordonnatrice de l'enseignement", "Education coordinator"
    res = [ctx.staff("resident") for _ in range(r.randint(3, 6))]
    rows = [[ctx.t("Résident(e)", "Resident"), ctx.t("Université", "University"), ctx.t("Début", "Start"),
             ctx.t("Superviseur", "Supervisor")]]
    for p in res:
        rows.append([C.display(p, L), r.choice(["U. de Montréal-Est", "U. Laval-Nord", "McGill-Ouest",
                                                "U. de Sherbrooke-Sud"]), ctx.day.isoformat(),
                     C.display(ctx.staff("md"), L)])
    text = "\n".join([ctx.greeting(), "", ctx.t("Nouveaux résidents de la période %d :", "New residents for block %d:")
                      % r.randint(1, 13), "", "[[TABLE]]", "",
                      ctx.t("Orientation lundi 8h, salle d'enseignement 3A. Accès informatiques à récupérer au "
                            "local B-012.", "Orientation Monday 8 am, teaching room 3A. IT access to pick up at "
                            "room B-012."), "", C.signature(coord, L, r)])
    to = [(ctx.t("Médecins urgence", "ED physicians"), ctx.org_addr("md.urgence"))]
    return finish(ctx, headers(ctx, st(ctx, coord), to, ctx.t("Nouveaux résidents", "New residents")),
                  M.make_body(r, text, table_rows=rows, wrap=False), "orientation",
                  ctx.t("arrivée des résidents", "incoming residents"))


def n_training(ctx):
    r, L = ctx.rng, ctx.lang
    ed = ctx.staff("rn", "F")
    ed["job_fr"], ed["job_en"] = "Conseillère en soins infirmiers", "Nurse educator"
    course = r.choice(["PALS", "NRP / PRN", ctx.t("Simulation in situ - choc septique", "In-situ simulation - septic shock"),
                       ctx.t("Triage ETG pédiatrique", "Paediatric CTAS triage")])
    when = datetime.datetime.combine(ctx.day + datetime.timedelta(days=r.randint(7, 40)), datetime.time(8, 30))
    names = [C.display(ctx.staff("rn"), L, False) for _ in range(r.randint(4, 8))]
    text = "\n".join([ctx.greeting(), "", ctx.t("Formation %s le %s, 8h30-16h30.", "%s course on %s, 8:30-4:30.")
                      % (course, C.fmt_date(when.date(), L, "long")), "", ctx.t("Inscrits :", "Registered:")] +
                     ["- " + n for n in names] + ["", ctx.t("Il reste 2 places. Le scénario porte sur un nourrisson "
                                                            "de 3 mois en détresse respiratoire (mannequin SimBaby).",
                                                            "2 spots left. The scenario is a 3-month-old in "
                                                            "respiratory distress (SimBaby manikin)."),
                                                  "", C.signature(ed, L, r)])
    ics = A.make_ics("form-%d@hptr.example" % ctx.idx, when, when + datetime.timedelta(hours=8), course,
                     ctx.t("Centre de simulation, local S-210", "Simulation centre, room S-210"),
                     ctx.t("Formation obligatoire", "Mandatory training"), (C.display(ed, L), ed["email"]))
    root = mixed(M.make_body(r, text), ics_part(ctx, ics)) if r.random() < 0.6 else M.make_body(r, text)
    to = [(ctx.t("Infirmières urgence", "ED nurses"), ctx.org_addr("inf.urgence"))]
    return finish(ctx, headers(ctx, st(ctx, ed), to, ctx.t("Formation ", "Training: ") + course), root, "training",
                  ctx.t("formation du personnel", "staff training"))


def n_minutes(ctx):
    r, L = ctx.rng, ctx.lang
    sec = ctx.staff("clerk")
    mgr = ctx.staff("mgr")
    present = [C.display(ctx.staff(r.choice(["md", "rn", "mgr"])), L) for _ in range(r.randint(5, 9))]
    paras = [ctx.t("Présents : ", "Present: ") + ", ".join(present), "",
             "## 1. " + ctx.t("Achalandage", "Volumes"),
             ctx.t("Moyenne de 142 visites/jour en janvier (+12 %), pic de bronchiolites semaine 2. "
                   "DMS à l'UCD : 14,2 h.", "Average 142 visits/day in January (+12%), bronchiolitis peak in week 2. "
                   "SSU mean LOS: 14.2 h."),
             "## 2. " + ctx.t("Ressources", "Staffing"),
             ctx.t("2 postes d'infirmières à combler; temps supplémentaire obligatoire à éviter.",
                   "2 nursing positions vacant; avoid mandatory overtime."),
             "## 3. " + ctx.t("Divers", "Other"),
             ctx.t("Nouveau protocole asthme (dexaméthasone) en vigueur le 1er mars - présentation par %s.",
                   "New asthma pathway (dexamethasone) effective March 1 - presented by %s.") % present[0]]
    doc = A.make_docx(ctx.t("Compte rendu - réunion d'équipe", "Minutes - team meeting"), paras)
    text = "\n".join([ctx.greeting(), "", ctx.t("Compte rendu de la réunion du %s en pièce jointe.",
                                                "Minutes of the %s meeting attached.") % ctx.day.isoformat(),
                      "", sec["given"]])
    root = mixed(M.make_body(r, text), docx_part(ctx, doc, ctx.t("CR_reunion_%s.docx", "minutes_%s.docx")
                                                 % ctx.day.strftime("%Y%m%d")))
    return finish(ctx, headers(ctx, st(ctx, sec), [(ctx.t("Comité de gestion", "Management committee"),
                                                   ctx.org_addr("gestion.urgence"))],
                               ctx.t("Compte rendu", "Minutes"), cc=[st(ctx, mgr)]), root, "minutes",
                  ctx.t("compte rendu de réunion", "meeting minutes"))


def n_staff_vcard(ctx):
    r, L = ctx.rng, ctx.lang
    new = ctx.staff(r.choice(["md", "sw", "mgr"]))
    sender = ctx.staff("clerk")
    vc = A.make_vcard(new["given"], new["surname"], org=C.ORG[L], title=new["job_" + L],
                      tel=[("WORK", C.org_phone(new["ext"], L)), ("FAX", "819 555-01%02d" % r.randint(60, 99))],
                      adr=("WORK", C.ORG["addr_" + L].replace(",", " "), "", "", ""), email=new["email"])
    text = "\n".join([ctx.greeting(), "", ctx.t("Bienvenue à %s qui se joint à l'équipe comme %s. Sa fiche de "
                                                "contact est jointe.", "Please welcome %s, who joins the team as %s. "
                                                "Contact card attached.") % (C.display(new, L), new["job_" + L].lower()),
                      "", sender["given"]])
    root = mixed(M.make_body(r, text), vcf_part(ctx, vc, "%s_%s.vcf" % (C.ascii_fold(new["given"]),
                                                                       C.ascii_fold(new["surname"]))))
    return finish(ctx, headers(ctx, st(ctx, sender), [(ctx.t("Équipe urgence", "ED team"), ctx.org_addr("urgence.tous"))],
                               ctx.t("Nouvelle collègue / nouveau collègue", "New team member")), root,
                  "staff_contact", ctx.t("fiche de contact d'un nouvel employé", "new staff contact card"))


def n_swap_reply(ctx):
    r, L = ctx.rng, ctx.lang
    a, b = ctx.staff("md"), ctx.staff("md")
    earlier = ctx.dt - datetime.timedelta(hours=r.randint(2, 40))
    d = ctx.day + datetime.timedelta(days=r.randint(5, 30))
    orig = ctx.t("Salut %s,\n\nEst-ce que tu pourrais prendre ma garde du %s? Je te redonne ton samedi du mois "
                 "prochain. J'ai une conférence sur l'asthme sévère à Québec.\n\n%s",
                 "Hi %s,\n\nCould you take my call shift on %s? I'll give you back your Saturday next month. "
                 "I'm presenting on severe asthma in Quebec City.\n\n%s") % (a["given"], d.isoformat(), b["given"])
    text = "\n".join([ctx.t("Pas de problème, c'est noté. J'avise la secrétaire.", "No problem, done. I'll let the "
                            "secretary know."), "", a["given"], "", M.attribution(earlier, C.display(b, L), L),
                      M.quote(orig)])
    attach = r.random() < 0.4
    hs = headers(ctx, st(ctx, a), st(ctx, b), "RE: " + ctx.t("échange de garde", "call swap"), reply_to_id=ctx.msgid())
    if attach:
        inner = inner_message(ctx, st(ctx, b), st(ctx, a), ctx.t("échange de garde", "call swap"), orig, earlier)
        root = mixed(M.make_body(r, text.split("\n\n")[0] + "\n\n" + a["given"]), eml_part(inner, "original.eml"))
    else:
        root = M.make_body(r, text)
    return finish(ctx, hs, root, "shift_swap", ctx.t("échange de garde entre médecins", "call swap between physicians"))


TEMPLATES = {
    "schedule": n_schedule, "hr_leave": n_leave, "payroll": n_payroll, "occupational_health": n_occ_health,
    "job_posting": n_job_posting, "candidate": n_candidate, "social_committee": n_celebration,
    "orientation": n_orientation, "training": n_training, "minutes": n_minutes, "staff_contact": n_staff_vcard,
    "shift_swap": n_swap_reply,
}
