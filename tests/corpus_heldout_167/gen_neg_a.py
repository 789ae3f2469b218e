"""Negative scenarios, part A: staff, HR, payroll, occupational health, recruiting."""
import datetime

import gen_attach as A
import gen_data as D
import gen_ids as I
import gen_mime as M
from gen_ctx import greet, sig, thanks
from gen_people import email_local

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

EXTERNAL_PEOPLE = [("Hiroshi", "Tanaka-Blake", "M"), ("Mireille", "Saint-Germain", "F"), ("Bastien", "Lacroix", "M"),
                   ("Priyanka", "Raman", "F"), ("Colin", "Fairweather", "M"), ("Odette", "Lanctôt", "F"),
                   ("Yannick", "Desautels", "M"), ("Tara", "Kingsley", "F"), ("Anouk", "Verhaegen", "F"),
                   ("Rodrigo", "Salazar", "M"), ("Léa-Rose", "Brochu", "F"), ("Nikolai", "Sorensen", "M")]


def n_schedule(ctx, lang):
    fr = lang == "fr"
    mgr = ctx.st("manager")
    nurses = ctx.staff["nurse"] + ctx.staff["ipo"]
    m = ctx.mail(lang, "staff_schedule", mgr, [("Équipe soins centre de jour" if fr else "Day centre nursing", "cdj-soins@" + D.DOMAIN)])
    start = ctx.future(7, 20)
    days = [start + datetime.timedelta(days=k) for k in range(0, 14) if (start + datetime.timedelta(days=k)).weekday() < 5][:8]
    rows = [["Date"] + [n.full for n in nurses[:6]]]
    codes = ["J", "J", "J", "S", "LS", "C", "F"] if fr else ["D", "D", "D", "E", "SL", "V", "H"]
    for d in days:
        rows.append([d.isoformat()] + [ctx.choice(codes) for _ in nurses[:6]])
    if fr:
        m.subject = ctx.choice(["Horaire des 2 prochaines périodes", "Horaire des Fêtes - version finale", "Horaire centre de jour P%d" % ctx.rng.randrange(5, 13)])
        m.add(greet(ctx, lang), "Voici l'horaire. Légende : J = jour, S = soir, LS = ligne symptômes, C = congé, F = férié.",
              "%s couvrira la ligne symptômes les mardis. Les échanges doivent être approuvés par moi avant le %s." % (nurses[0].full, I.fmt_date(start, "long", lang)))
    else:
        m.subject = ctx.choice(["Schedule for the next two periods", "Holiday schedule - final", "Day centre schedule P%d" % ctx.rng.randrange(5, 13)])
        m.add(greet(ctx, lang), "Schedule below. Legend: D = day, E = evening, SL = symptom line, V = vacation, H = stat holiday.",
              "%s will cover the symptom line on Tuesdays. Shift swaps must be approved by me before %s." % (nurses[0].full, I.fmt_date(start, "long", lang)))
    if ctx.chance(0.5):
        m.add(M.Table(rows))
    else:
        m.atts.append(M.Att(A.xlsx([("Horaire" if fr else "Schedule", rows)], author=mgr.full, when=ctx.now), XLSX, "horaire_cdj_%s.xlsx" % start.strftime("%Y%m%d")))
    m.add(thanks(ctx, lang), sig(ctx, mgr, lang))
    m.note = "nursing schedule"
    return m


def n_leave(ctx, lang):
    fr = lang == "fr"
    mgr = ctx.st("manager")
    emp = ctx.st(ctx.choice(["nurse", "clerk", "pharm", "atp", "ipo"]))
    d1 = ctx.future(10, 40)
    d2 = d1 + datetime.timedelta(days=ctx.rng.randrange(4, 15))
    kind = ctx.rng.randrange(3)
    m = ctx.mail(lang, "leave", emp if kind == 0 else mgr, [mgr] if kind == 0 else [emp], cc=[ctx.st("hr")] if kind == 2 else [])
    if fr:
        subj = ["Demande de vacances", "RE: Demande de congé approuvée", "Congé de maternité - dates"][kind]
        body = ["Bonjour %s, je souhaiterais prendre mes vacances du %s au %s. %s a accepté de me remplacer pour la ligne symptômes." % (
                    mgr.given, I.fmt_date(d1, "long", lang), I.fmt_date(d2, "long", lang), ctx.st("nurse").given),
                "Bonjour %s, ta demande de congé du %s au %s est approuvée. N'oublie pas de l'inscrire dans Logibec." % (emp.given, I.fmt_date(d1, "dmy", lang), I.fmt_date(d2, "dmy", lang)),
                "Bonjour %s, comme convenu, ton congé de maternité débutera le %s. Les RH te feront parvenir les formulaires du RQAP. Félicitations encore!" % (emp.given, I.fmt_date(d1, "long", lang))][kind]
    else:
        subj = ["Vacation request", "RE: Leave request approved", "Maternity leave - dates"][kind]
        body = ["Hi %s, I'd like to take vacation from %s to %s. %s agreed to cover the symptom line." % (
                    mgr.given, I.fmt_date(d1, "long", lang), I.fmt_date(d2, "long", lang), ctx.st("nurse").given),
                "Hi %s, your leave from %s to %s is approved. Please enter it in Logibec." % (emp.given, I.fmt_date(d1, "iso", lang), I.fmt_date(d2, "iso", lang)),
                "Hi %s, as discussed your maternity leave starts %s. HR will send you the QPIP forms. Congratulations again!" % (emp.given, I.fmt_date(d1, "long", lang))][kind]
    m.subject = subj
    m.add(body, sig(ctx, emp if kind == 0 else mgr, lang))
    m.note = "staff leave request or approval"
    return m


def n_payroll(ctx, lang):
    fr = lang == "fr"
    pay = ctx.st("payroll")
    emp = ctx.st(ctx.choice(["nurse", "clerk", "atp", "rtt", "ipo"]))
    empno = "%06d" % ctx.rng.randrange(100000, 999999)
    period = ctx.rng.randrange(14, 26)
    amt = ctx.rng.randrange(80, 640) + ctx.rng.randrange(100) / 100
    incoming = ctx.chance(0.5)
    m = ctx.mail(lang, "payroll", emp if incoming else pay, [pay] if incoming else [emp])
    if fr:
        m.subject = ctx.choice(["Écart sur ma paie - période %d" % period, "RE: Primes de soir non payées", "Correction de paie - matricule %s" % empno])
        m.add(greet(ctx, lang), ("Il manque les primes de soir et la prime de soins critiques sur ma paie de la période %d (matricule %s). Environ %s $." % (period, empno, ("%.2f" % amt).replace(".", ","))) if incoming else
              ("Suite à votre demande, la correction de %s $ (primes de soir, période %d) sera versée sur la paie du %s. Matricule : %s." % (("%.2f" % amt).replace(".", ","), period, I.fmt_date(ctx.future(5, 14), "long", lang), empno)),
              sig(ctx, emp if incoming else pay, lang))
    else:
        m.subject = ctx.choice(["Pay discrepancy - period %d" % period, "RE: Evening premiums not paid", "Pay correction - employee %s" % empno])
        m.add(greet(ctx, lang), ("My evening and critical-care premiums are missing from period %d (employee no. %s). About $%.2f." % (period, empno, amt)) if incoming else
              ("Following your request, the $%.2f correction (evening premiums, period %d) will be paid on %s. Employee no.: %s." % (amt, period, I.fmt_date(ctx.future(5, 14), "long", lang), empno)),
              sig(ctx, emp if incoming else pay, lang))
    m.note = "payroll correction for an employee"
    return m


def n_occ_health(ctx, lang):
    fr = lang == "fr"
    hr = ctx.st("hr")
    mgr = ctx.st("manager")
    emp = ctx.st(ctx.choice(["nurse", "atp", "clerk", "pharm"]))
    kind = ctx.rng.randrange(3)
    m = ctx.mail(lang, "occupational_health", ("Santé et sécurité au travail" if fr else "Occupational Health", "sst@" + D.DOMAIN) if kind else hr, [mgr], cc=[hr] if kind else [])
    d = ctx.future(3, 20)
    if fr:
        m.subject = ["Retour progressif - %s" % emp.full, "Exposition accidentelle - suivi employé", "Clinique de vaccination antigrippale du personnel"][kind]
        m.add(greet(ctx, lang, mgr.given),
              ["%s reviendra en retour progressif à compter du %s (3 jours/semaine, sans manipulation de médicaments dangereux pour 4 semaines) suite à son congé de maladie. Son médecin traitant réévaluera à la fin du mois." % (emp.full, I.fmt_date(d, "long", lang)),
               "Suite à la déclaration d'exposition de %s (éclaboussure de cyclophosphamide lors du débranchement, gants non conformes), le suivi a été fait au bureau de santé. Aucun arrêt de travail. Merci de vérifier le stock de gants testés chimio sur l'unité." % emp.full,
               "La clinique de vaccination pour le personnel aura lieu le %s de 7h à 15h au local B-110. Les employés du centre de jour sont prioritaires vu le contact avec des patients immunosupprimés." % I.fmt_date(d, "long", lang)][kind],
              sig(ctx, hr, lang))
    else:
        m.subject = ["Graduated return - %s" % emp.full, "Accidental exposure - employee follow-up", "Staff flu vaccination clinic"][kind]
        m.add(greet(ctx, lang, mgr.given),
              ["%s will start a graduated return on %s (3 days/week, no hazardous-drug handling for 4 weeks) after sick leave. Their physician will reassess at month end." % (emp.full, I.fmt_date(d, "long", lang)),
               "Following %s's exposure report (cyclophosphamide splash during a disconnect, non-compliant gloves), follow-up was done at employee health. No time off. Please check the chemo-tested glove stock on the unit." % emp.full,
               "The staff vaccination clinic is on %s, 7:00-15:00, room B-110. Day-centre staff have priority given contact with immunosuppressed patients." % I.fmt_date(d, "long", lang)][kind],
              sig(ctx, hr, lang))
    m.note = "employee occupational health notice"
    return m


def n_baby(ctx, lang):
    fr = lang == "fr"
    sender = ctx.st(ctx.choice(["nurse", "clerk", "manager"]))
    col = ctx.st(ctx.choice(["nurse", "pharm", "ipo", "hemonc"]))
    bd = ctx.past(1, 6)
    baby = ctx.choice(["Léa", "Noah", "Florence", "Arthur", "Juliette", "Théo", "Alice", "Liam", "Emma", "Zoé"])
    kg = ctx.rng.randrange(28, 42) / 10
    m = ctx.mail(lang, "staff_news", sender, [("Tous - oncologie" if fr else "All - oncology", "onco-tous@" + D.DOMAIN)])
    kind = ctx.rng.randrange(2)
    if kind == 0:
        if fr:
            m.subject = ctx.choice(["Bienvenue bébé %s!" % baby, "Bonne nouvelle de %s" % col.given])
            m.add(greet(ctx, lang), "%s a accouché le %s à %s d'un%s petit%s %s, %s kg. Maman et bébé vont bien!" % (
                col.full, I.fmt_date(bd, "long", lang), ctx.hhmm(lang, 0, 23), "e" if baby in ("Léa", "Florence", "Juliette", "Alice", "Emma", "Zoé") else "",
                "e" if baby in ("Léa", "Florence", "Juliette", "Alice", "Emma", "Zoé") else "", baby, str(kg).replace(".", ",")),
                  "Une carte circule au poste des infirmières, et la cagnotte pour le cadeau est ouverte jusqu'à vendredi.", sig(ctx, sender, lang, short=True))
        else:
            m.subject = ctx.choice(["Welcome baby %s!" % baby, "Good news from %s" % col.given])
            m.add(greet(ctx, lang), "%s delivered on %s at %s - little %s, %s kg. Mom and baby are doing great!" % (
                col.full, I.fmt_date(bd, "long", lang), ctx.hhmm(lang, 0, 23), baby, kg),
                  "A card is at the nursing station and the gift pool is open until Friday.", sig(ctx, sender, lang, short=True))
    else:
        people = ctx.rng.sample(ctx.staff["nurse"] + ctx.staff["clerk"] + ctx.staff["pharm"] + ctx.staff["ipo"], 4)
        month = ctx.now.month % 12 + 1
        rows = [["Nom" if fr else "Name", "Date"]] + [[p.full, "%d %s" % (ctx.rng.randrange(1, 29), I.MOIS[month - 1] if fr else I.MONTHS[month - 1])] for p in people]
        if fr:
            m.subject = "Anniversaires du mois de %s" % I.MOIS[month - 1]
            m.add(greet(ctx, lang), "Les anniversaires du mois prochain, on soulignera ça avec un gâteau au dîner du dernier vendredi :", M.Table(rows), sig(ctx, sender, lang, short=True))
        else:
            m.subject = "%s birthdays" % I.MONTHS[month - 1]
            m.add(greet(ctx, lang), "Next month's birthdays - cake at lunch on the last Friday:", M.Table(rows), sig(ctx, sender, lang, short=True))
    m.note = "staff social news (baby or birthdays)"
    return m


def n_training(ctx, lang):
    fr = lang == "fr"
    sender = ctx.st(ctx.choice(["manager", "pharm"]))
    nurses = ctx.rng.sample(ctx.staff["nurse"] + ctx.staff["ipo"], 5)
    m = ctx.mail(lang, "training", sender, [ctx.st("manager"), ("Enseignement soins infirmiers" if fr else "Nursing education", "enseignement@" + D.DOMAIN)])
    d = ctx.future(5, 30)
    rows = [["Employé(e)" if fr else "Employee", "Module", "Statut" if fr else "Status", "Échéance" if fr else "Due"]]
    mods_fr = ["Administration sécuritaire des antinéoplasiques", "Prise en charge des extravasations", "Manipulation des médicaments dangereux", "Réactions d'hypersensibilité"]
    mods_en = ["Safe administration of antineoplastics", "Extravasation management", "Hazardous drug handling", "Hypersensitivity reactions"]
    for n in nurses:
        rows.append([n.full, ctx.choice(mods_fr if fr else mods_en), ctx.choice(["complété", "à faire", "en cours"] if fr else ["done", "to do", "in progress"]), d.isoformat()])
    if fr:
        m.subject = ctx.choice(["Suivi des formations obligatoires - chimiothérapie", "Recertification chimio %d" % ctx.now.year])
        m.add(greet(ctx, lang), "Voici l'état des formations pour l'équipe. Les modules sont dans l'ENA. La simulation d'extravasation (cas fictif) aura lieu le %s." % I.fmt_date(d, "long", lang), M.Table(rows))
    else:
        m.subject = ctx.choice(["Mandatory training status - chemotherapy", "Chemo recertification %d" % ctx.now.year])
        m.add(greet(ctx, lang), "Training status for the team below. Modules are in the LMS. The extravasation simulation (mock case) is on %s." % I.fmt_date(d, "long", lang), M.Table(rows))
    m.add(sig(ctx, sender, lang))
    m.note = "staff training status"
    return m


def n_job(ctx, lang):
    fr = lang == "fr"
    hr = ctx.st("hr")
    num = "%d-%04d" % (ctx.now.year, ctx.rng.randrange(1000, 9999))
    m = ctx.mail(lang, "job_posting", hr, [("Affichage interne" if fr else "Internal postings", "affichage@" + D.DOMAIN)])
    role = ctx.rng.randrange(3)
    if fr:
        t = ["Infirmière pivot en oncologie (IPO) - poste permanent temps complet", "Pharmacien(ne) en oncologie - remplacement 12 mois", "Technologue en radio-oncologie - temps partiel"][role]
        m.subject = "Affichage %s - %s" % (num, t)
        m.add(greet(ctx, lang), "Le poste suivant est affiché jusqu'au %s :" % I.fmt_date(ctx.future(10, 20), "long", lang), t,
              M.Bullets(["Lieu : %s" % D.ORG_FR, "Horaire : jour, lundi au vendredi", "Exigences : BAC en sciences infirmières, CSIO(C) un atout" if role == 0 else "Exigences : membre de l'ordre professionnel",
                         "Échelle salariale : selon la convention collective en vigueur"]),
              "Pour postuler : formulaire en ligne, référence %s." % num, sig(ctx, hr, lang))
    else:
        t = ["Oncology nurse navigator (IPO) - permanent full time", "Oncology pharmacist - 12-month replacement", "Radiation therapist - part time"][role]
        m.subject = "Posting %s - %s" % (num, t)
        m.add(greet(ctx, lang), "The following position is posted until %s:" % I.fmt_date(ctx.future(10, 20), "long", lang), t,
              M.Bullets(["Location: %s" % D.ORG_EN, "Hours: days, Monday to Friday", "Requirements: BScN, CON(C) an asset" if role == 0 else "Requirements: member of the professional order",
                         "Salary: per the collective agreement"]),
              "Apply online, reference %s." % num, sig(ctx, hr, lang))
    if ctx.chance(0.4):
        m.atts.append(M.Att(A.pdf(t, ["Affichage %s" % num if fr else "Posting %s" % num, "Description du poste et exigences." if fr else "Job description and requirements."]),
                            "application/pdf", "affichage_%s.pdf" % num))
    m.note = "internal job posting"
    return m


def n_candidate(ctx, lang):
    fr = lang == "fr"
    hr = ctx.st("hr")
    mgr = ctx.st("manager")
    g, s, sx = ctx.choice(EXTERNAL_PEOPLE)
    phone = I.make_phone(ctx.rng)
    dob = datetime.date(ctx.rng.randrange(1975, 1999), ctx.rng.randrange(1, 13), ctx.rng.randrange(1, 28))
    m = ctx.mail(lang, "job_candidate", hr, [mgr])
    cv = ["%s %s" % (g, s), "%s - %s" % (phone, "%s@courriel.example" % email_local(g, s)),
          ("Date de naissance : %s" if fr else "Date of birth: %s") % dob.isoformat(),
          ("h", "Expérience" if fr else "Experience"),
          ("Infirmière clinicienne, hémato-oncologie, 2016-2024" if fr else "Clinical nurse, hematology-oncology, 2016-2024"),
          ("h", "Formation" if fr else "Education"), ("BAC sciences infirmières" if fr else "BScN")]
    fn = "CV_%s_%s.%s" % (s, g, ctx.choice(["pdf", "docx"]))
    data = A.pdf("Curriculum vitae", cv) if fn.endswith("pdf") else A.docx("Curriculum vitae", cv, when=ctx.now)
    m.atts.append(M.Att(data, "application/pdf" if fn.endswith("pdf") else DOCX, fn))
    if fr:
        m.subject = ctx.choice(["Candidature - poste IPO", "CV reçu pour l'affichage %d-%04d" % (ctx.now.year, ctx.rng.randrange(1000, 9999))])
        m.add(greet(ctx, lang, mgr.given), "Voici le CV de %s %s, qui a 8 ans d'expérience en hémato-oncologie. Disponible pour une entrevue la semaine prochaine." % (g, s), sig(ctx, hr, lang))
    else:
        m.subject = ctx.choice(["Application - IPO position", "CV received for posting %d-%04d" % (ctx.now.year, ctx.rng.randrange(1000, 9999))])
        m.add(greet(ctx, lang, mgr.given), "Attached is the CV of %s %s, 8 years in hematology-oncology. Available for interview next week." % (g, s), sig(ctx, hr, lang))
    m.note = "job candidate CV sent to manager"
    return m


def n_welcome(ctx, lang):
    fr = lang == "fr"
    comm = ctx.st(ctx.choice(["comm", "manager"]))
    doc = ctx.st(ctx.choice(["hemonc", "radonc"]))
    focus = ctx.choice([("cancers digestifs et neuroendocrines", "GI and neuroendocrine cancers"), ("lymphomes et myélome", "lymphoma and myeloma"),
                        ("cancers du poumon et mésothéliome", "lung cancer and mesothelioma"), ("cancers du sein et gynécologiques", "breast and gynecologic cancers"),
                        ("tumeurs cérébrales", "brain tumours")])
    m = ctx.mail(lang, "staff_news", comm, [("Tous - oncologie" if fr else "All - oncology", "onco-tous@" + D.DOMAIN)])
    if fr:
        m.subject = ctx.choice(["Bienvenue à %s" % doc.doc(lang), "Arrivée d'un%s nouve%s %s" % ("e" if doc.sex == "F" else "", "lle" if doc.sex == "F" else "au",
                                                                                              "hémato-oncologue" if doc.role == "hemonc" else "radio-oncologue")])
        m.add(greet(ctx, lang), "C'est avec plaisir que nous accueillons %s, qui se joint à l'équipe le %s. %s s'intéresse particulièrement aux %s et participera au comité des tumeurs." % (
            doc.doc(lang), I.fmt_date(ctx.future(3, 30), "long", lang), "Elle" if doc.sex == "F" else "Il", focus[0]),
              "%s a complété un fellowship en %s à Toronto. Passez lui dire bonjour au 3e!" % ("Elle" if doc.sex == "F" else "Il", focus[0]), sig(ctx, comm, lang))
    else:
        m.subject = ctx.choice(["Welcome %s" % doc.doc(lang), "New %s joining us" % ("medical oncologist" if doc.role == "hemonc" else "radiation oncologist")])
        m.add(greet(ctx, lang), "We're pleased to welcome %s, who joins the team on %s, with a special interest in %s, and will sit on the tumour board." % (
            doc.doc(lang), I.fmt_date(ctx.future(3, 30), "long", lang), focus[1]),
              "%s completed a fellowship in %s in Toronto. Drop by the 3rd floor to say hello!" % ("She" if doc.sex == "F" else "He", focus[1]), sig(ctx, comm, lang))
    m.hints["body"] = ctx.choice(["html", "alt"])
    m.note = "welcome announcement for a new physician"
    return m


def n_parking(ctx, lang):
    fr = lang == "fr"
    fac = ctx.st("facilities")
    m = ctx.mail(lang, "facilities_staff", fac, [("Personnel HRVB" if fr else "HRVB staff", "personnel@" + D.DOMAIN)])
    badge_lot = I.make_luhn_serial(ctx.rng, 10)
    if fr:
        m.subject = ctx.choice(["Stationnement P3 fermé - vignettes", "Renouvellement des cartes d'accès"])
        m.add(greet(ctx, lang), "Le stationnement P3 sera fermé du %s au %s pour le pavage. Les détenteurs de vignettes employés pourront utiliser le P5." % (
            I.fmt_date(ctx.future(4, 10), "long", lang), I.fmt_date(ctx.future(11, 16), "long", lang)),
              "Les nouvelles cartes d'accès (lot %s) seront distribuées au comptoir de sécurité. Les patients du centre de jour gardent l'accès au débarcadère." % badge_lot, sig(ctx, fac, lang))
    else:
        m.subject = ctx.choice(["P3 parking closed - permits", "Access card renewal"])
        m.add(greet(ctx, lang), "P3 will be closed from %s to %s for paving. Staff permit holders can use P5." % (
            I.fmt_date(ctx.future(4, 10), "long", lang), I.fmt_date(ctx.future(11, 16), "long", lang)),
              "New access cards (batch %s) will be handed out at the security desk. Day-centre patients keep drop-off access." % badge_lot, sig(ctx, fac, lang))
    m.note = "staff parking and access notice"
    return m


SCENARIOS = [n_schedule, n_leave, n_payroll, n_occ_health, n_baby, n_training, n_job, n_candidate, n_welcome, n_parking]
