# -*- coding: utf-8 -*-
"""Negative templates, part A: staff, HR, schedules, occupational health, jobs."""
import datetime

from gen_common import DOMAIN, SITES, fmt_date, phone
from gen_docs import make_docx, make_pdf, make_xlsx
from gen_pos_a import L
from gen_text import closing, future_day, greet, neg_spec, signature, site_info, staff_display


# ---------------------------------------------------------------------- 1
def neg_oncall_schedule(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    mgr = ctx.pick_staff("mgr")
    pharms = [s for s in ctx.staff if s.role == "pharm"]
    start = dt.date() + datetime.timedelta(days=(7 - dt.weekday()) % 7 + 7)
    rows = [[L(lang, "Semaine du", "Week of"), L(lang, "Garde jour", "Day on-call"), L(lang, "Garde soir/FDS", "Evening/weekend"),
             L(lang, "Cellulaire de garde", "On-call cell"), L(lang, "Remarque", "Note")]]
    for w in range(rng.randrange(4, 9)):
        d = start + datetime.timedelta(days=7 * w)
        a, b = rng.sample(pharms, 2)
        rows.append([d.isoformat(), a.full, b.full, "819-555-01%02d" % rng.randrange(60, 70),
                     rng.choice(["", "", L(lang, "férié lundi", "stat holiday Monday"), L(lang, "échange confirmé", "swap confirmed")])])
    kind = rng.choice(["xlsx", "text", "html"])
    intro = L(lang, "%s\n\nVoici l'horaire de garde des pharmaciens pour les prochaines semaines. Les échanges doivent être "
                    "approuvés par moi et inscrits dans Logibec avant le jeudi midi.\n\n",
              "%s\n\nHere is the pharmacist on-call schedule for the coming weeks. Swaps must be approved by me and "
              "entered in Logibec by Thursday noon.\n\n") % greet(lang, rng)
    atts, kw = [], {}
    if kind == "xlsx":
        atts.append({"kind": "xlsx", "filename": L(lang, "horaire_garde_%s.xlsx", "oncall_%s.xlsx") % start.strftime("%Y%m"),
                     "data": make_xlsx([(L(lang, "Garde", "On-call"), rows)], author=mgr.full)})
        text = intro + L(lang, "Horaire en pièce jointe.", "Schedule attached.") + "\n\n" + signature(mgr, lang, rng)
    else:
        text = intro + "\n".join(" | ".join(r) for r in rows) + "\n\n" + signature(mgr, lang, rng)
        if kind == "html":
            import html as _h
            htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%%CHARSET%%\"></head><body><p>%s</p>"
                   "<table border=1>%s</table><p>%s</p></body></html>\n"
                   % (_h.escape(intro.strip()).replace("\n\n", "</p><p>"),
                      "\n".join("<tr>%s</tr>" % "".join("<td>%s</td>" % _h.escape(c) for c in r) for r in rows),
                      _h.escape(mgr.full)))
            kw = {"html": htm, "form": "html"}
    subj = L(lang, "Horaire de garde - pharmaciens", "On-call schedule - pharmacists")
    return neg_spec(ctx, lang, mgr.addr(), [(L(lang, "Pharmaciens", "Pharmacists"), "pharmaciens@" + DOMAIN)], subj, text, dt,
                    "oncall_schedule", "pharmacist on-call schedule", attachments=atts, **kw)


# ---------------------------------------------------------------------- 2
def neg_leave(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    emp = ctx.pick_staff(rng.choice(["pharm", "nurse", "tech"]))
    mgr = ctx.pick_staff("mgr")
    d1 = future_day(dt, rng, 5, 40)
    d2 = d1 + datetime.timedelta(days=rng.randrange(3, 21))
    reason = rng.choice([
        ("congé de maladie (chirurgie du genou prévue, billet médical envoyé aux RH)", "sick leave (knee surgery scheduled, medical note sent to HR)"),
        ("vacances annuelles", "annual vacation"),
        ("congé de paternité" if emp.sex == "M" else "congé de maternité", "paternity leave" if emp.sex == "M" else "maternity leave"),
        ("congé pour responsabilités familiales (ma mère est hospitalisée pour une pneumonie)", "family responsibility leave (my mother is hospitalised with pneumonia)"),
        ("formation continue (congrès)", "continuing education (conference)")])
    if lang == "fr":
        text = ("%s\n\nJe souhaite faire une demande de %s du %s au %s inclusivement. %s a accepté de couvrir mes "
                "suivis RNI du mardi.\n\n%s\n%s" % (greet(lang, rng, mgr.given), reason[0], fmt_date(d1, lang, "long"),
                                                     fmt_date(d2, lang, "long"), rng.choice([s.given for s in ctx.staff if s.role == emp.role and s is not emp] or ["Julie"]),
                                                     closing(lang, rng), emp.full))
        subj = rng.choice(["Demande de congé", "Congé %s" % fmt_date(d1, lang, "short"), "Absence à prévoir"])
    else:
        text = ("%s\n\nI'd like to request %s from %s to %s inclusive. %s agreed to cover my Tuesday INR follow-ups.\n\n%s\n%s"
                % (greet(lang, rng, mgr.given), reason[1], fmt_date(d1, lang, "long"), fmt_date(d2, lang, "long"),
                   rng.choice([s.given for s in ctx.staff if s.role == emp.role and s is not emp] or ["Julie"]), closing(lang, rng), emp.full))
        subj = rng.choice(["Leave request", "Time off %s" % fmt_date(d1, lang, "short"), "Upcoming absence"])
    return neg_spec(ctx, lang, emp.addr(), [mgr.addr()], subj, text, dt, "leave_request", "employee leave request")


# ---------------------------------------------------------------------- 3
def neg_payroll(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    emp = ctx.pick_staff(rng.choice(["pharm", "nurse", "tech", "clerk"]))
    empno = "%06d" % rng.randrange(100000, 999999)
    period = rng.randrange(1, 27)
    if lang == "fr":
        text = ("Bonjour %s,\n\nSuite à votre demande, la correction de la prime de soir et de fin de semaine pour la période de paie %d "
                "sera versée sur la paie du %s.\n\nMatricule : %s\nHeures corrigées : 15,0 h (prime de soir), 7,5 h (FDS)\n"
                "Montant brut estimé : %d,%02d $\n\nPour toute question : Service de la paie, poste 4410.\n\n"
                "Service de la paie\nDirection des ressources humaines\n%s"
                % (emp.given, period, fmt_date(future_day(dt, rng, 3, 14), lang, "long"), empno, rng.randrange(80, 400),
                   rng.randrange(0, 100), "CISSS du Val-des-Tilleuls"))
        subj = "Correction de paie - période %d" % period
    else:
        text = ("Hello %s,\n\nFollowing your request, the evening and weekend premium correction for pay period %d will be paid "
                "on the %s pay.\n\nEmployee no.: %s\nHours corrected: 15.0 h (evening premium), 7.5 h (weekend)\n"
                "Estimated gross amount: $%d.%02d\n\nQuestions: Payroll, ext. 4410.\n\nPayroll Services\nHuman Resources"
                % (emp.given, period, fmt_date(future_day(dt, rng, 3, 14), lang, "long"), empno, rng.randrange(80, 400), rng.randrange(0, 100)))
        subj = "Pay correction - period %d" % period
    return neg_spec(ctx, lang, (L(lang, "Service de la paie", "Payroll"), "paie@" + DOMAIN), [emp.addr()], subj, text, dt,
                    "payroll", "payroll correction to an employee")


# ---------------------------------------------------------------------- 4
def neg_occ_health(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    emp = ctx.pick_staff(rng.choice(["pharm", "nurse", "tech", "clerk"]))
    kind = rng.randrange(4)
    if lang == "fr":
        items = [("Résultat de votre test cutané à la tuberculine (TCT 2 étapes) : 0 mm, négatif. Vous pouvez commencer votre stage à l'unité.",
                  "Résultat TCT"),
                 ("Votre sérologie anti-HBs est à 8 UI/L (non protecteur). Une dose de rappel du vaccin hépatite B est recommandée; "
                  "prenez rendez-vous au poste 3390.", "Sérologie hépatite B - rappel"),
                 ("Votre essai d'ajustement (fit test) pour le masque N95 modèle 1870+ taille régulière est réussi. Carte valide 2 ans.",
                  "Fit test N95 réussi"),
                 ("Suite à votre déclaration d'exposition (piqûre d'aiguille le %s), le suivi sérologique est prévu à 6 et 12 semaines. "
                  "Le patient source a été testé, résultats négatifs." % fmt_date(dt.date() - datetime.timedelta(days=3), lang, "short"),
                  "Suivi exposition - santé et sécurité au travail")]
    else:
        items = [("Your two-step tuberculin skin test (TST) result: 0 mm, negative. You may start your placement on the unit.", "TST result"),
                 ("Your anti-HBs titre is 8 IU/L (non-protective). A hepatitis B booster dose is recommended; book at ext. 3390.",
                  "Hepatitis B serology - booster"),
                 ("Your N95 fit test for model 1870+ regular size is passed. Card valid for 2 years.", "N95 fit test passed"),
                 ("Following your exposure report (needlestick on %s), serology follow-up is planned at 6 and 12 weeks. "
                  "The source patient was tested, results negative." % fmt_date(dt.date() - datetime.timedelta(days=3), lang, "short"),
                  "Exposure follow-up - occupational health")]
    body, subj = items[kind]
    text = "%s\n\n%s\n\n%s\n%s\n%s" % (L(lang, "Bonjour %s,", "Hello %s,") % emp.given, body, closing(lang, rng),
                                       L(lang, "Santé et sécurité au travail - Bureau de santé", "Occupational Health and Safety"),
                                       L(lang, "Tél. 819-555-0161", "Tel. 819-555-0161"))
    return neg_spec(ctx, lang, (L(lang, "Santé au travail", "Occupational Health"), "sante.travail@" + DOMAIN), [emp.addr()],
                    subj, text, dt, "occupational_health", "occupational health result sent to an employee")


# ---------------------------------------------------------------------- 5
def neg_job_posting(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    num = "%s-%04d-%03d" % (rng.choice(["PH", "SI", "AD"]), 2024 + (dt.month < 9), rng.randrange(1, 999))
    site = rng.choice(SITES)
    job = rng.choice([("Pharmacien(ne) - clinique d'anticoagulation et BCM ambulatoire", "Pharmacist - anticoagulation clinic and outpatient med rec"),
                      ("Infirmier(ère) clinicien(ne) - clinique d'anticoagulation", "Nurse clinician - anticoagulation clinic"),
                      ("Assistant(e) technique en pharmacie - cliniques externes", "Pharmacy technician - outpatient clinics"),
                      ("Agent(e) administratif(ve) classe 2 - cliniques externes", "Administrative officer class 2 - outpatient clinics")])
    if lang == "fr":
        text = ("AFFICHAGE INTERNE - %s\n\nTitre : %s\nPort d'attache : %s\nStatut : temps complet permanent, 35 h/sem, jour\n\n"
                "Description : suivi des usagers sous warfarine et anticoagulants oraux directs, ajustement selon ordonnance collective, "
                "bilan comparatif des médicaments en clinique externe, enseignement aux usagers et collaboration avec les pharmacies communautaires.\n\n"
                "Exigences : membre en règle de l'ordre professionnel; expérience en anticoagulothérapie un atout.\n"
                "Période d'affichage : du %s au %s.\n\nPostulez via le portail emploi. Renseignements : Dotation, 819-555-0170.\n"
                % (num, job[0], site[1], fmt_date(dt.date(), lang, "long"), fmt_date(future_day(dt, rng, 10, 15), lang, "long")))
        subj = "Affichage %s - %s" % (num, job[0])
    else:
        text = ("INTERNAL POSTING - %s\n\nTitle: %s\nHome site: %s\nStatus: full-time permanent, 35 h/wk, days\n\n"
                "Duties: follow-up of patients on warfarin and direct oral anticoagulants, dose adjustment under collective order, "
                "outpatient medication reconciliation, patient teaching and collaboration with community pharmacies.\n\n"
                "Requirements: member in good standing of the professional order; anticoagulation experience an asset.\n"
                "Posting period: %s to %s.\n\nApply through the careers portal. Info: Staffing, 819-555-0170.\n"
                % (num, job[1], site[2], fmt_date(dt.date(), lang, "long"), fmt_date(future_day(dt, rng, 10, 15), lang, "long")))
        subj = "Posting %s - %s" % (num, job[1])
    return neg_spec(ctx, lang, (L(lang, "Dotation", "Staffing"), "dotation@" + DOMAIN), [(L(lang, "Tout le personnel", "All staff"), "tous@" + DOMAIN)],
                    subj, text, dt, "job_posting", "internal job posting", form=rng.choice(["plain", "html", "alt"]))


# ---------------------------------------------------------------------- 6
CAND_GIVEN = ["Noémie", "Xavier", "Aïcha", "Thomas", "Rosalie", "Hugo", "Léa", "William"]
CAND_SUR = ["Lemelin", "Benali", "Vandenberghe", "Krishnan", "Whitcombe", "Bérubé-Lortie", "Fafard", "Dagenais"]


def neg_candidate(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    hr = ("Dotation", "dotation@" + DOMAIN)
    mgr = ctx.pick_staff("mgr")
    g, s = rng.choice(CAND_GIVEN), rng.choice(CAND_SUR)
    day = future_day(dt, rng, 2, 10)
    by = 2025 - rng.randrange(24, 45)
    cv = make_docx("%s %s" % (g, s),
                   ["%d, rue des Ormeaux, app. %d, Sherbrooke-Ouest fictif (Québec) J1X 0A%d" % (rng.randrange(10, 999), rng.randrange(1, 20), rng.randrange(1, 9)),
                    L(lang, "Cellulaire : ", "Cell: ") + phone(rng), "%s.%s@courriel.example" % (g.lower()[:3], s.lower()[:5]),
                    L(lang, "Date de naissance : ", "Date of birth: ") + "%d-%02d-%02d" % (by, rng.randrange(1, 13), rng.randrange(1, 28)),
                    L(lang, "FORMATION", "EDUCATION"), L(lang, "Maîtrise en pharmacothérapie avancée (2019)", "Advanced pharmacotherapy master's degree (2019)"),
                    L(lang, "EXPÉRIENCE", "EXPERIENCE"),
                    L(lang, "2020-... Pharmacien(ne) en établissement, clinique d'anticoagulation (300 usagers sous warfarine)",
                      "2020-... Hospital pharmacist, anticoagulation clinic (300 patients on warfarin)"),
                    L(lang, "2019-2020 Pharmacien(ne) communautaire, gestion des piluliers et BCM", "2019-2020 Community pharmacist, blister packs and med rec")],
                   author="%s %s" % (g, s))
    if lang == "fr":
        text = ("Bonjour %s,\n\nVoici le CV de %s %s pour le poste de pharmacien(ne) en anticoagulation. Entrevue proposée le %s à 10 h "
                "(salle 2.14). Références déjà vérifiées.\n\nDotation" % (mgr.given, g, s, fmt_date(day, lang, "day")))
        subj = "Candidature - poste pharmacien(ne) anticoagulation"
    else:
        text = ("Hi %s,\n\nHere is %s %s's resume for the anticoagulation pharmacist position. Interview proposed on %s at 10 am "
                "(room 2.14). References already checked.\n\nStaffing" % (mgr.given, g, s, fmt_date(day, lang, "day")))
        subj = "Candidate - anticoagulation pharmacist position"
    return neg_spec(ctx, lang, hr, [mgr.addr()], subj, text, dt, "job_candidate", "job candidate resume for interview",
                    attachments=[{"kind": "docx", "filename": "CV_%s_%s.docx" % (g, s), "data": cv}])


# ---------------------------------------------------------------------- 7
def neg_baby(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    emp = ctx.pick_staff(rng.choice(["pharm", "nurse", "tech"]))
    sender = ctx.pick_staff("clerk")
    baby = rng.choice(["Florence", "Arthur", "Alice", "Léo", "Romy", "Nathan"])
    bd = dt.date() - datetime.timedelta(days=rng.randrange(1, 5))
    wt = "%d,%d kg" % (rng.randrange(2, 4), rng.randrange(0, 10)) if lang == "fr" else "%d lb %d oz" % (rng.randrange(6, 9), rng.randrange(0, 16))
    if lang == "fr":
        text = ("Bonjour à tous,\n\nBonne nouvelle : %s est devenu%s %s! Bébé %s est né%s le %s à %s h %02d, %s, à l'Hôpital de Pointe-aux-Grives. "
                "Maman et bébé se portent bien.\n\nUne carte circule à la clinique d'anticoagulation jusqu'à vendredi, "
                "et la cagnotte est au bureau de l'accueil.\n\n%s"
                % (emp.given, "" if emp.sex == "M" else "e", "papa" if emp.sex == "M" else "maman", baby,
                   "e" if baby in ("Florence", "Alice", "Romy") else "", fmt_date(bd, lang, "long"), rng.randrange(0, 24),
                   rng.randrange(0, 60), wt, sender.given))
        subj = "Bienvenue bébé %s!" % baby
    else:
        text = ("Hi everyone,\n\nGreat news: %s is a new %s! Baby %s was born on %s at %d:%02d, %s, at Pointe-aux-Grives Hospital. "
                "Mom and baby are doing well.\n\nA card is going around the anticoagulation clinic until Friday, and the gift "
                "collection is at the front desk.\n\n%s"
                % (emp.given, "dad" if emp.sex == "M" else "mom", baby, fmt_date(bd, lang, "long"), rng.randrange(0, 24),
                   rng.randrange(0, 60), wt, sender.given))
        subj = "Welcome baby %s!" % baby
    return neg_spec(ctx, lang, sender.addr(), [(L(lang, "Équipe cliniques externes", "Outpatient team"), "equipe.ce@" + DOMAIN)],
                    subj, text, dt, "staff_announcement", "staff baby announcement with birth date", form=rng.choice(["html", "alt", "plain"]))


# ---------------------------------------------------------------------- 8
def neg_retirement(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    emp = ctx.pick_staff(rng.choice(["pharm", "nurse", "md"]))
    mgr = ctx.pick_staff("mgr")
    day = future_day(dt, rng, 5, 25)
    who = staff_display(emp, lang, rng) if emp.role == "md" else emp.full
    if lang == "fr":
        text = ("Bonjour,\n\nAprès 32 ans au service des usagers, dont 18 à la clinique d'anticoagulation qu'%s a contribué à fonder, "
                "%s prend sa retraite! Né%s le 14 mars 1960 à Lac-Mirabeau, %s a vu passer le Coumadin, les premiers lecteurs "
                "de RNI et l'arrivée des AOD.\n\n5 à 7 le %s à la cafétéria du 2e. Contribution au cadeau : 20 $.\n\n%s"
                % ("il" if emp.sex == "M" else "elle", who, "" if emp.sex == "M" else "e", "il" if emp.sex == "M" else "elle",
                   fmt_date(day, lang, "day"), signature(mgr, lang, rng, short=True)))
        subj = "Départ à la retraite - 5 à 7"
    else:
        text = ("Hello,\n\nAfter 32 years of service, 18 of them at the anticoagulation clinic %s helped start, %s is retiring! "
                "Born March 14, 1960 in Lac-Mirabeau, %s has seen Coumadin, the first INR meters and the arrival of DOACs.\n\n"
                "Reception on %s at 5 pm in the 2nd-floor cafeteria. Gift contribution: $20.\n\n%s"
                % ("he" if emp.sex == "M" else "she", who, "he" if emp.sex == "M" else "she", fmt_date(day, lang, "day"),
                   signature(mgr, lang, rng, short=True)))
        subj = "Retirement party"
    return neg_spec(ctx, lang, mgr.addr(), [(L(lang, "Tout le personnel - pharmacie", "All pharmacy staff"), "pharmacie.tous@" + DOMAIN)],
                    subj, text, dt, "staff_announcement", "retirement party notice with staff birth date")


# ---------------------------------------------------------------------- 9
def neg_students(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    coord = ctx.pick_staff("pharm")
    studs = rng.sample(list(zip(CAND_GIVEN, CAND_SUR)), 4)
    rows = [[L(lang, "Stagiaire", "Student"), L(lang, "Université", "University"), L(lang, "Milieu", "Rotation"), L(lang, "Précepteur", "Preceptor"), L(lang, "Dates", "Dates")]]
    pharms = [s for s in ctx.staff if s.role == "pharm"]
    for g, s in studs:
        d = future_day(dt, rng, 7, 40)
        rows.append(["%s %s" % (g, s), rng.choice(["Université fictive de l'Estrie", "Université Laval-Nord (fictive)", "McGill-Est (fictive)"]),
                     rng.choice([L(lang, "Clinique d'anticoagulation", "Anticoagulation clinic"), L(lang, "BCM ambulatoire", "Outpatient med rec"),
                                 L(lang, "Cardiologie", "Cardiology")]), rng.choice(pharms).full,
                     "%s - %s" % (d.isoformat(), (d + datetime.timedelta(days=27)).isoformat())])
    text = (L(lang, "%s\n\nVoici la répartition des stagiaires de 4e année pour le prochain bloc. Merci de prévoir un accès "
                    "au dossier clinique (demande faite aux TI) et une carte d'identité.\n\n",
              "%s\n\nHere is the allocation of 4th-year students for the next block. Please arrange clinical record access "
              "(requested from IT) and an ID badge.\n\n") % greet(lang, rng)
            + "\n".join("%-24s %-36s %-28s %-22s %s" % tuple(r) for r in rows) + "\n\n" + signature(coord, lang, rng))
    return neg_spec(ctx, lang, coord.addr(), [(L(lang, "Pharmaciens", "Pharmacists"), "pharmaciens@" + DOMAIN)],
                    L(lang, "Stages - répartition du bloc", "Student rotations - block allocation"), text, dt, "student_rotation",
                    "pharmacy student rotation allocation", form="plain")


# ---------------------------------------------------------------------- 10
def neg_shift_swap(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    a = ctx.pick_staff("nurse")
    b = ctx.pick_staff("nurse", exclude=(a,))
    d1 = future_day(dt, rng, 3, 20)
    if lang == "fr":
        text = ("Salut %s,\n\nPourrais-tu prendre mon quart de jour du %s à la clinique d'anticoagulation? Je prendrais ton %s en échange. "
                "J'ai un rendez-vous chez le cardiologue pour mon holter (rien de grave!).\n\nMerci!!\n%s"
                % (b.given, fmt_date(d1, lang, "day"), fmt_date(d1 + datetime.timedelta(days=7), lang, "day"), a.given))
        subj = "échange de quart?"
    else:
        text = ("Hey %s,\n\nCould you take my day shift on %s at the anticoag clinic? I'd take your %s in exchange. "
                "I have a cardiology appointment for my Holter (nothing serious!).\n\nThanks!!\n%s"
                % (b.given, fmt_date(d1, lang, "day"), fmt_date(d1 + datetime.timedelta(days=7), lang, "day"), a.given))
        subj = "shift swap?"
    return neg_spec(ctx, lang, a.addr(), [b.addr()], subj, text, dt, "shift_swap", "nurses arranging a shift swap", form="plain")


# ---------------------------------------------------------------------- 11
def neg_staff_meeting(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    mgr = ctx.pick_staff("mgr")
    day = future_day(dt, rng, 3, 12)
    md = ctx.pick_staff("md")
    if lang == "fr":
        pts = ["Délais de rappel des RNI critiques (> 5) : cible 2 h, actuellement 3 h 40 en moyenne",
               "Nouvelle ordonnance collective d'ajustement de la warfarine (version 2025)",
               "%s présentera les critères de passage aux AOD chez l'insuffisant rénal" % staff_display(md, lang, rng),
               "Statistiques BCM ambulatoire : 412 bilans au T3, 18 %% avec écart non intentionnel".replace("%%", "%"),
               "Varia : fête d'équipe, stationnement"]
        text = ("Bonjour,\n\nRéunion d'équipe le %s de 12 h à 13 h, salle Champlain (et Teams).\n\nOrdre du jour :\n%s\n\n"
                "Le dîner est fourni.\n\n%s" % (fmt_date(day, lang, "day"), "\n".join("%d. %s" % (i + 1, p) for i, p in enumerate(pts)),
                                               signature(mgr, lang, rng)))
        subj = "Réunion d'équipe - ordre du jour"
    else:
        pts = ["Call-back times for critical INRs (> 5): target 2 h, currently 3 h 40 on average",
               "New collective order for warfarin adjustment (2025 version)",
               "%s will present criteria for switching to DOACs in renal impairment" % staff_display(md, lang, rng),
               "Outpatient med rec statistics: 412 BPMHs in Q3, 18% with unintentional discrepancy",
               "Other: team party, parking"]
        text = ("Hello,\n\nTeam meeting on %s, 12 to 1 pm, Champlain room (and Teams).\n\nAgenda:\n%s\n\nLunch provided.\n\n%s"
                % (fmt_date(day, lang, "day"), "\n".join("%d. %s" % (i + 1, p) for i, p in enumerate(pts)), signature(mgr, lang, rng)))
        subj = "Team meeting - agenda"
    return neg_spec(ctx, lang, mgr.addr(), [(L(lang, "Équipe anticoagulation", "Anticoagulation team"), "equipe.anticoag@" + DOMAIN)],
                    subj, text, dt, "meeting_agenda", "team meeting agenda with aggregate statistics")


# ---------------------------------------------------------------------- 12
def neg_training(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    org = ctx.pick_staff(rng.choice(["pharm", "mgr"]))
    md = ctx.pick_staff("md")
    day = future_day(dt, rng, 7, 30)
    pdf = make_pdf(L(lang, "Formation - anticoagulothérapie pour infirmières", "Training - anticoagulation for nurses"),
                   [L(lang, "Date : ", "Date: ") + fmt_date(day, lang, "long") + L(lang, ", 8 h 30 à 12 h", ", 8:30 am to 12 pm"),
                    L(lang, "Lieu : amphithéâtre, Hôpital Saint-Aurèle", "Place: auditorium, Saint-Aurèle Hospital"),
                    L(lang, "8 h 30 Pharmacologie de la warfarine et des AOD - ", "8:30 Pharmacology of warfarin and DOACs - ") + org.full,
                    L(lang, "9 h 30 Prise en charge des saignements - ", "9:30 Managing bleeding - ") + staff_display(md, lang, rng),
                    L(lang, "10 h 30 Ateliers : calcul de ClCr, nomogrammes, cas cliniques fictifs", "10:30 Workshops: CrCl calculation, nomograms, fictional cases"),
                    L(lang, "Accréditation : 3 h de formation continue. Inscription par l'intranet.", "Accreditation: 3 h CE. Register on the intranet.")],
                   author=org.full, compress=rng.random() < 0.5)
    text = L(lang, "%s\n\nVous trouverez ci-joint l'affiche de la prochaine formation. Places limitées à 40.\n\n%s",
             "%s\n\nAttached is the poster for the next training session. Limited to 40 seats.\n\n%s") % (greet(lang, rng), signature(org, lang, rng))
    return neg_spec(ctx, lang, org.addr(), [(L(lang, "Infirmières cliniques externes", "Outpatient nurses"), "inf.ce@" + DOMAIN)],
                    L(lang, "Formation anticoagulothérapie", "Anticoagulation training"), text, dt, "training_notice",
                    "training session poster with speakers", attachments=[{"kind": "pdf", "filename": L(lang, "affiche_formation.pdf", "training_poster.pdf"), "data": pdf}])


TEMPLATES = [neg_oncall_schedule, neg_leave, neg_payroll, neg_occ_health, neg_job_posting, neg_candidate, neg_baby,
             neg_retirement, neg_students, neg_shift_swap, neg_staff_meeting, neg_training]
