"""Non-confidential mail, part A: staff, HR, newsletters, committees, conferences, jobs."""
import datetime

import gen_attach as A
import gen_mime as M
import gen_text as T
import gen_util as U

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _all_staff(c, n, pool=None):
    pool = pool or list(range(len(U.STAFF)))
    return [U.STAFF[i] for i in c.rng.sample(pool, n)]


def schedule(c, lang):
    r = c.rng
    mgr = c.st(19, 20, 21)
    team = _all_staff(c, 6, [4, 5, 7, 12, 13, 15, 16, 17, 18, 22, 28])
    wk = c.today + datetime.timedelta(days=7 - c.today.weekday())
    days = ["Lun", "Mar", "Mer", "Jeu", "Ven"] if lang == "fr" else ["Mon", "Tue", "Wed", "Thu", "Fri"]
    units = (["BM 3e", "Amputés 2e", "AVC 4e", "Clinique spasticité", "Piscine", "Congé"]
             if lang == "fr" else ["SCI 3rd", "Amputee 2nd", "Stroke 4th", "Spasticity clinic",
                                   "Pool", "Off"])
    rows = [["Nom" if lang == "fr" else "Name"] + days]
    for s in team:
        rows.append(["%s %s" % (s[0], s[1])] + [r.choice(units) for _ in days])
    if r.random() < 0.5:
        data = A.xlsx([("Horaire" if lang == "fr" else "Schedule", rows)],
                      when=c.cur["date"].replace(tzinfo=None))
        atts = [T.att("xlsx", ("horaire_sem_%s.xlsx" if lang == "fr" else "schedule_wk_%s.xlsx")
                      % wk.strftime("%Y%m%d"), data, XLSX)]
        tab = ""
    else:
        atts = []
        tab = "\n".join("%-24s %s" % (x[0], " | ".join(x[1:])) for x in rows)
    if lang == "fr":
        subj = "Horaire des thérapeutes – semaine du %s" % U.fmt_date(wk, "fr", "long")
        body = ("Bonjour l'équipe,\n\nVoici l'horaire de la semaine prochaine. La clinique de "
                "spasticité post-AVC est déplacée au mercredi.\n\n%s\n\nMerci de me signaler "
                "tout échange de quart.%s" % (tab, c.sig(mgr, "fr")))
    else:
        subj = "Therapist schedule – week of %s" % U.fmt_date(wk, "en", "long")
        body = ("Hi team,\n\nNext week's schedule below/attached. The post-stroke spasticity "
                "clinic moves to Wednesday.\n\n%s\n\nLet me know about any shift swaps.%s" % (
                    tab, c.sig(mgr, "en")))
    return c.msg(lang, "schedule", "therapist weekly schedule", c.sa(mgr, lang),
                 [("Équipe" if lang == "fr" else "Team", "readaptation@" + U.DOM)], subj, body,
                 atts=atts)


def leave(c, lang):
    r = c.rng
    emp, mgr = c.st(4, 5, 13, 16, 22), c.st(19, 20, 21)
    d0 = c.today + datetime.timedelta(days=r.randrange(20, 80))
    d1 = d0 + datetime.timedelta(days=r.choice([4, 9, 11]))
    q_dt = T.earlier(c.cur["date"], r, (3, 50))
    if lang == "fr":
        q = ("Bonjour %s,\n\nJe souhaite prendre mes vacances du %s au %s inclusivement. Sophie "
             "peut couvrir mes usagers du programme AVC.\n\nMerci,\n%s" % (
                 mgr[0], U.fmt_date(d0, "fr", "long"), U.fmt_date(d1, "fr", "long"), emp[0]))
        subj = "RE: Demande de vacances"
        body = ("Bonjour %s,\n\nC'est approuvé. N'oublie pas de l'inscrire dans Logibec "
                "avant vendredi.\n\n%s\n\n%s" % (emp[0], mgr[0], T.reply_block(
                    "fr", q_dt, c.sa(emp, "fr"), "Demande de vacances", q, rng=r)))
    else:
        q = ("Hi %s,\n\nI'd like to take vacation from %s to %s inclusive. Sophie can cover my "
             "stroke program caseload.\n\nThanks,\n%s" % (
                 mgr[0], U.fmt_date(d0, "en", "long"), U.fmt_date(d1, "en", "long"), emp[0]))
        subj = "RE: Vacation request"
        body = ("Hi %s,\n\nApproved. Please enter it in the scheduling system before "
                "Friday.\n\n%s\n\n%s" % (emp[0], mgr[0], T.reply_block(
                    "en", q_dt, c.sa(emp, "en"), "Vacation request", q, rng=r)))
    return c.msg(lang, "leave", "vacation request approved with quoted request", c.sa(mgr, lang),
                 [c.sa(emp, lang)], subj, body)


def payroll(c, lang):
    r = c.rng
    hr = U.STAFF[25]
    pd = c.today + datetime.timedelta(days=r.randrange(3, 14))
    if lang == "fr":
        subj = r.choice(["Paie – date de dépôt modifiée", "Relevés RL-1 et T4 disponibles",
                         "Rappel : feuilles de temps"])
        body = ("Bonjour à tous,\n\nEn raison du congé férié, le dépôt de la paie se fera le %s. "
                "Les feuilles de temps (heures supplémentaires, primes de soir et de fin de semaine) "
                "doivent être approuvées par les chefs de programme d'ici mercredi midi.\n\n"
                "Pour toute question : service de la paie, poste 2150.\n\nNuméro d'employeur à "
                "indiquer sur vos formulaires : 44-%06d.%s" % (
                    U.fmt_date(pd, "fr", "long"), r.randrange(10 ** 6), c.sig(hr, "fr")))
    else:
        subj = r.choice(["Payroll – deposit date change", "T4 and RL-1 slips available",
                         "Reminder: timesheets"])
        body = ("Hi all,\n\nBecause of the statutory holiday, pay will be deposited on %s. "
                "Timesheets (overtime, evening and weekend premiums) must be approved by program "
                "managers by Wednesday noon.\n\nQuestions: payroll, ext. 2150.\n\nEmployer number "
                "for your forms: 44-%06d.%s" % (U.fmt_date(pd, "en", "long"), r.randrange(10 ** 6),
                                                 c.sig(hr, "en")))
    return c.msg(lang, "payroll", "payroll deposit notice to all staff", c.sa(hr, lang),
                 [("Tout le personnel" if lang == "fr" else "All staff", "personnel@" + U.DOM)],
                 subj, body)


def newsletter(c, lang):
    r = c.rng
    ed = U.STAFF[26]
    a, b, d = U.STAFF[0], U.STAFF[2], U.STAFF[30]
    if lang == "fr":
        items = [("Nouvelle clinique de spasticité", "%s, physiatre, lance avec %s une clinique "
                  "conjointe pour la spasticité post-AVC et les blessés médullaires. Injections de "
                  "toxine botulique sous échoguidage dès septembre." % (U.staff_name(a, "fr"),
                                                                        U.staff_name(d, "fr"))),
                 ("Félicitations", "Mme Julie Bergeron, ergothérapeute, a reçu le prix Excellence "
                  "clinique pour son projet sur la prévention des plaies de pression chez les "
                  "tétraplégiques."),
                 ("Amputés : nouvel atelier", "M. Simon Gingras présentera les nouveaux genoux à "
                  "microprocesseur lors du dîner-causerie du %s." % U.day_fr(c.today + datetime.timedelta(days=9))),
                 ("Chiffre du mois", "92 % des usagers du programme AVC sont retournés à domicile "
                  "au dernier trimestre.")]
        subj = "L'Écho des Berges – bulletin de %s" % U.MOIS[c.today.month - 1]
        hi = "Bulletin interne"
    else:
        items = [("New spasticity clinic", "%s, physiatrist, is launching a joint clinic with %s "
                  "for post-stroke and spinal cord injury spasticity. Ultrasound-guided botulinum "
                  "toxin injections start in September." % (U.staff_name(b, "en"),
                                                           U.staff_name(d, "en"))),
                 ("Congratulations", "Ms. Rachel O'Brien, OT, won the Clinical Excellence award for "
                  "her pressure injury prevention project with people living with tetraplegia."),
                 ("Amputee program", "Mr. Simon Gingras will demo the new microprocessor knees at the "
                  "lunch-and-learn on %s." % U.day_en(c.today + datetime.timedelta(days=9))),
                 ("Number of the month", "92% of stroke program clients went home last quarter.")]
        subj = "Berges Bulletin – %s issue" % U.MONTHS[c.today.month - 1]
        hi = "Staff newsletter"
    html = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
            '<body style="font-family:Georgia,serif;max-width:640px">',
            '<h1 style="color:#1b5e7a">%s</h1>' % hi]
    for h, t in items:
        html.append("<h2>%s</h2>\n<p>%s</p>" % (h, t))
    html.append('<p style="font-size:9pt;color:#777">%s – %s – %s</p></body></html>' % (
        U.ORG_FR if lang == "fr" else U.ORG_EN, U.ORG_ADDR_FR if lang == "fr" else U.ORG_ADDR_EN,
        U.clinic_phone()))
    text = "\n\n".join("%s\n%s" % x for x in items)
    return c.msg(lang, "newsletter", "internal newsletter naming physicians and programmes",
                 c.sa(ed, lang), [("Tout le personnel" if lang == "fr" else "All staff",
                                   "personnel@" + U.DOM)], subj, text, html="\n".join(html) + "\n",
                 body=r.choice(["html", "alt"]))


def committee(c, lang):
    r = c.rng
    chair = c.st(8, 10, 19, 20)
    d = c.today + datetime.timedelta(days=r.randrange(5, 20))
    which = r.choice(["plaies", "chutes", "medic"])
    if lang == "fr":
        name = {"plaies": "Comité de prévention des plaies de pression",
                "chutes": "Comité de prévention des chutes",
                "medic": "Comité de pharmacologie et thérapeutique"}[which]
        subj = "Convocation – %s" % name
        body = ("Bonjour,\n\nVous êtes convoqué(e)s à la réunion du %s le %s à 13 h 30, salle "
                "Saint-Laurent (2.104).\n\nOrdre du jour :\n1. Adoption du procès-verbal\n"
                "2. Indicateurs du trimestre : taux de plaies acquises 2,1 %%, chutes 4,8 par "
                "1000 jours-présence\n3. Présentation de Dre Priya Patel : dysréflexie autonome et "
                "plaies chez les blessés médullaires\n4. Révision du protocole de changement de "
                "position\n5. Varia\n\n%s" % (name, U.day_fr(d), c.sig(chair, "fr")))
    else:
        name = {"plaies": "Pressure Injury Prevention Committee",
                "chutes": "Falls Prevention Committee",
                "medic": "Pharmacy and Therapeutics Committee"}[which]
        subj = "Meeting notice – %s" % name
        body = ("Hello,\n\nThe %s meets on %s at 1:30 pm, Saint-Laurent room (2.104).\n\n"
                "Agenda:\n1. Approval of minutes\n2. Quarterly indicators: hospital-acquired "
                "pressure injuries 2.1%%, falls 4.8 per 1,000 patient-days\n3. Dr. Hélène "
                "Charest: autonomic dysreflexia and skin breakdown in SCI\n4. Repositioning "
                "protocol review\n5. Other business\n\n%s" % (name, U.day_en(d), c.sig(chair, "en")))
    atts = []
    if r.random() < 0.4:
        start = datetime.datetime(d.year, d.month, d.day, 13, 30)
        ev = dict(uid="comite-%s-%s@%s" % (which, d.isoformat(), U.DOM), start=start,
                  end=start + datetime.timedelta(hours=1), summary=name, location="Salle 2.104",
                  organizer=(U.staff_name(chair, lang), U.staff_addr(chair)))
        atts.append(T.att("ics", "invitation.ics", A.ics([ev], c.cur["date"].astimezone(
            datetime.timezone.utc)), "text/calendar", ctparams="; method=REQUEST"))
    return c.msg(lang, "committee", "committee meeting notice with aggregate indicators",
                 c.sa(chair, lang), [("Membres du comité" if lang == "fr" else "Committee members",
                                      "comite-%s@%s" % (which, U.DOM))], subj, body, atts=atts)


def conference(c, lang):
    r = c.rng
    org = U.STAFF[26]
    d = c.today + datetime.timedelta(days=r.randrange(20, 60))
    talks_fr = [("8 h 30", "Dre Farah Haddad", "Thrombolyse et réadaptation précoce après un AVC"),
                ("9 h 15", "Dr Karim Benali", "Gestion de la vessie neurogène chez le blessé médullaire"),
                ("10 h 30", "M. Simon Gingras", "Emboîtures en fibre de carbone pour amputés transfémoraux"),
                ("11 h 15", "Dr Ian Wexford", "Amputation et maladie vasculaire athérosclérotique"),
                ("13 h 30", "Mme Linh Nguyen", "Dysphagie post-AVC : nouvelles textures IDDSI")]
    talks_en = [("8:30", "Dr. Farah Haddad", "Thrombolysis and early rehab after stroke"),
                ("9:15", "Dr. Karim Benali", "Neurogenic bladder management in spinal cord injury"),
                ("10:30", "Mr. Simon Gingras", "Carbon-fibre sockets for transfemoral amputees"),
                ("11:15", "Dr. Ian Wexford", "Amputation and peripheral arterial disease"),
                ("1:30", "Ms. Linh Nguyen", "Post-stroke dysphagia: new IDDSI textures")]
    talks = talks_fr if lang == "fr" else talks_en
    if lang == "fr":
        title = "Journée scientifique en réadaptation physique – %s" % U.fmt_date(d, "fr", "long")
        lines = ["## Programme"] + ["%s  %s – %s" % t for t in talks] + [
            "Lieu : auditorium du centre, %s" % U.ORG_ADDR_FR, "Inscription : 75 $ (gratuit pour les résidents)"]
        subj = "Programme – Journée scientifique en réadaptation"
        body = "Bonjour,\n\nLe programme de la journée scientifique est en pièce jointe. Places limitées !\n%s" % c.sig(org, "fr")
        fn = "Programme_journée_scientifique.pdf"
    else:
        title = "Physical Rehabilitation Research Day – %s" % U.fmt_date(d, "en", "long")
        lines = ["## Programme"] + ["%s  %s – %s" % t for t in talks] + [
            "Venue: centre auditorium, %s" % U.ORG_ADDR_EN, "Registration: $75 (free for residents)"]
        subj = "Programme – Rehabilitation Research Day"
        body = "Hello,\n\nThe research day programme is attached. Seats are limited!\n%s" % c.sig(org, "en")
        fn = "Research_Day_programme.pdf"
    if r.random() < 0.5:
        head, tail = body.split("\n-- \n", 1)
        body = head + "\n\n" + "\n".join(lines[1:]) + "\n\n-- \n" + tail
    return c.msg(lang, "conference", "scientific day programme with speakers and topics",
                 c.sa(org, lang), [("Liste de diffusion" if lang == "fr" else "Mailing list",
                                    "formation@" + U.DOM)], subj, body,
                 atts=[T.att("pdf", fn, A.pdf(title, lines), "application/pdf")])


def job_posting(c, lang):
    r = c.rng
    hr = U.STAFF[25]
    n = r.randrange(1000, 9999)
    role = r.choice([("ergothérapeute", "occupational therapist", "programme AVC", "stroke program"),
                     ("physiothérapeute", "physiotherapist", "programme blessés médullaires",
                      "spinal cord injury program"),
                     ("orthésiste-prothésiste", "prosthetist-orthotist", "programme amputés",
                      "amputee program"),
                     ("infirmière auxiliaire", "licensed practical nurse", "unité de réadaptation",
                      "rehab unit")])
    if lang == "fr":
        subj = "Affichage interne #%d – %s" % (n, role[0])
        body = ("Affichage #%d\n\nTitre : %s, %s\nStatut : temps complet permanent, jour\n"
                "Exigences : membre de l'ordre professionnel ; expérience auprès de personnes "
                "ayant subi un AVC, une amputation ou une lésion médullaire (atout)\n"
                "Salaire : selon la convention collective, de 29,54 $ à 54,19 $ l'heure\n"
                "Période d'affichage : du %s au %s\n\nFaire parvenir votre CV à emplois@%s.%s" % (
                    n, role[0], role[2], U.fmt_date(c.today, "fr", "long"),
                    U.fmt_date(c.today + datetime.timedelta(days=14), "fr", "long"), U.DOM,
                    c.sig(hr, "fr")))
    else:
        subj = "Internal posting #%d – %s" % (n, role[1])
        body = ("Posting #%d\n\nTitle: %s, %s\nStatus: full-time permanent, days\n"
                "Requirements: registered with the professional order; experience with stroke, "
                "amputation or spinal cord injury clients an asset\nSalary: per collective "
                "agreement, $29.54 to $54.19 per hour\nPosting period: %s to %s\n\nSend your "
                "resume to emplois@%s.%s" % (n, role[1], role[3], U.fmt_date(c.today, "en", "long"),
                                            U.fmt_date(c.today + datetime.timedelta(days=14), "en", "long"),
                                            U.DOM, c.sig(hr, "en")))
    return c.msg(lang, "job", "internal job posting", c.sa(hr, lang),
                 [("Tout le personnel" if lang == "fr" else "All staff", "personnel@" + U.DOM)],
                 subj, body)


def occ_health(c, lang):
    r = c.rng
    hr = U.STAFF[25]
    mgr = c.st(19, 20, 21)
    emp = c.st(5, 16, 17, 12)
    d = c.today + datetime.timedelta(days=r.randrange(3, 10))
    if lang == "fr":
        subj = "Retour progressif – %s %s" % (emp[0], emp[1])
        body = ("Bonjour %s,\n\n%s %s (%s) reviendra en retour progressif le %s, suite à son "
                "entorse lombaire (dossier SST). Restrictions jusqu'au prochain avis du médecin "
                "traitant : pas de transferts de patients sans lève-personne, 4 h par jour la "
                "première semaine.\n\nMerci de prévoir un horaire adapté.%s" % (
                    mgr[0], emp[0], emp[1], emp[4], U.day_fr(d), c.sig(hr, "fr")))
    else:
        subj = "Graduated return to work – %s %s" % (emp[0], emp[1])
        body = ("Hi %s,\n\n%s %s (%s) will start a graduated return on %s after a low-back "
                "strain (workplace injury file). Restrictions until the treating physician "
                "says otherwise: no patient transfers without a lift, 4 hours a day for the "
                "first week.\n\nPlease plan an adapted schedule.%s" % (
                    mgr[0], emp[0], emp[1], emp[5], U.day_en(d), c.sig(hr, "en")))
    return c.msg(lang, "hr", "employee graduated return to work (occupational health)",
                 c.sa(hr, lang), [c.sa(mgr, lang)], subj, body)


def candidate(c, lang):
    r = c.rng
    hr = U.STAFF[25]
    mgr = c.st(19, 20, 21)
    cand = r.choice([("Maude", "Lalancette"), ("Jérémie", "Pinard"), ("Hannah", "Okonkwo"),
                     ("Vincent", "Desrosiers"), ("Aisha", "Rahmani")])
    tel = U.phone(r, "514")
    when = c.cur["date"].replace(tzinfo=None)
    paras = ["%s %s" % cand, "Tél. %s – %s.%s@courriel.example" % (tel, U.ascii_local(cand[0]),
                                                                   U.ascii_local(cand[1])),
             "## Expérience" if lang == "fr" else "## Experience",
             ("Physiothérapeute, CHU Laurentien (2019-2025) : neurologie, AVC aigus, lésions "
              "médullaires" if lang == "fr" else
              "Physiotherapist, CHU Laurentien (2019-2025): neurology, acute stroke, spinal cord injury"),
             "## Formation" if lang == "fr" else "## Education",
             "M.Sc. physiothérapie, 2019" if lang == "fr" else "M.Sc. Physical Therapy, 2019"]
    data = A.docx("Curriculum vitae", paras, when=when)
    if lang == "fr":
        subj = "Candidature – poste #%d physiothérapeute" % r.randrange(1000, 9999)
        body = ("Bonjour %s,\n\nVoici le CV de %s %s, candidate/candidat intéressant pour le poste en "
                "neurologie. Disponible pour une entrevue la semaine prochaine.%s" % (
                    mgr[0], cand[0], cand[1], c.sig(hr, "fr")))
    else:
        subj = "Application – posting #%d physiotherapist" % r.randrange(1000, 9999)
        body = ("Hi %s,\n\nAttached is the resume of %s %s, a strong candidate for the neuro "
                "position. Available for an interview next week.%s" % (mgr[0], cand[0], cand[1],
                                                                     c.sig(hr, "en")))
    return c.msg(lang, "hr", "job candidate resume forwarded to manager", c.sa(hr, lang),
                 [c.sa(mgr, lang)], subj, body,
                 atts=[T.att("docx", "CV_%s_%s.docx" % (cand[1], cand[0]), data, DOCX)])


def baby(c, lang):
    r = c.rng
    frm = c.st(26, 10, 19)
    parent = c.st(4, 5, 13, 16, 17, 22)
    bname, bsex = r.choice([("Léa", "F"), ("Florence", "F"), ("Arthur", "M"), ("Noah", "M"),
                            ("Olivia", "F"), ("Théo", "M")])
    bd = c.today - datetime.timedelta(days=r.randrange(2, 12))
    if lang == "fr":
        subj = "Bienvenue à %s !" % bname
        body = ("Bonjour à tous,\n\nNous avons le plaisir de vous annoncer la naissance de %s, "
                "%s de %s %s (%s, programme AVC), %s le %s à 3 h 12, 3,4 kg. Maman et bébé se "
                "portent bien !\n\nUne carte circule au poste des infirmières du 4e.\n\n%s" % (
                    bname, r.choice(["l'enfant", "le bébé"]), parent[0], parent[1], parent[4],
                    "née" if bsex == "F" else "né",
                    U.fmt_date(bd, "fr", r.choice(["long", "iso"])), frm[0]))
    else:
        subj = "Welcome, %s!" % bname
        body = ("Hi everyone,\n\nWe're happy to announce the birth of %s, baby of %s %s (%s, stroke "
                "program), born %s at 3:12 am, 7 lb 8 oz. Everyone is doing well!\n\nA card is "
                "going around at the 4th floor nursing station.\n\n%s" % (
                    bname, parent[0], parent[1], parent[5],
                    U.fmt_date(bd, "en", r.choice(["long", "iso"])), frm[0]))
    return c.msg(lang, "social_staff", "staff baby announcement with birth date",
                 c.sa(frm, lang), [("Équipe" if lang == "fr" else "Team", "readaptation@" + U.DOM)],
                 subj, body)


def directory(c, lang):
    r = c.rng
    frm = U.STAFF[26]
    rows_fr = [("Dre Hélène Charest", "Blessés médullaires, spasticité, dysréflexie", "poste 2301"),
               ("Dr Karim Benali", "Vessie neurogène, plaies de pression", "poste 2302"),
               ("Dre Priya Patel", "AVC, épaule hémiplégique, toxine botulique", "poste 2303"),
               ("Dr Ian Wexford", "Amputations vasculaires, moignons douloureux", "poste 2304"),
               ("Dr Bruno Lemay", "Urologie – urodynamie", "poste 2305")]
    rows_en = [("Dr. Hélène Charest", "Spinal cord injury, spasticity, dysreflexia", "ext. 2301"),
               ("Dr. Karim Benali", "Neurogenic bladder, pressure injuries", "ext. 2302"),
               ("Dr. Priya Patel", "Stroke, hemiplegic shoulder, botulinum toxin", "ext. 2303"),
               ("Dr. Ian Wexford", "Vascular amputations, painful residual limbs", "ext. 2304"),
               ("Dr. Bruno Lemay", "Urology – urodynamics", "ext. 2305")]
    rows = rows_fr if lang == "fr" else rows_en
    hdr = ("Médecin", "Champs d'intérêt", "Téléphone") if lang == "fr" else ("Physician", "Areas", "Phone")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body>\n<p>%s</p>\n%s\n<p>%s – %s</p>\n</body></html>\n' % (
                "Bonjour, voici le répertoire à jour des médecins consultants :" if lang == "fr"
                else "Hello, here is the updated consultant directory:",
                M.html_table([hdr] + rows), U.clinic_phone(), U.ORG_ADDR_FR if lang == "fr" else U.ORG_ADDR_EN))
    text = "\n".join(" – ".join(x) for x in rows)
    subj = "Répertoire des médecins consultants" if lang == "fr" else "Consultant physician directory"
    return c.msg(lang, "directory", "physician directory with areas of practice",
                 c.sa(frm, lang), [("Tout le personnel" if lang == "fr" else "All staff",
                                    "personnel@" + U.DOM)], subj, text, html=html,
                 body=r.choice(["html", "alt"]))


def training(c, lang):
    r = c.rng
    frm = U.STAFF[22]
    d = c.today + datetime.timedelta(days=r.randrange(7, 30))
    start = datetime.datetime(d.year, d.month, d.day, 8, 30)
    course = r.choice([("PDSB – principes de déplacement sécuritaire", "PDSB safe patient handling"),
                       ("RCR – niveau C", "CPR – level C"),
                       ("Lève-personne sur rail : mise à jour", "Ceiling lift refresher")])
    name = course[0] if lang == "fr" else course[1]
    ev = dict(uid="formation-%s@%s" % (d.isoformat(), U.DOM), start=start,
              end=start + datetime.timedelta(hours=3), summary=name, location="Gymnase 1.10",
              description=("Tenue confortable. 12 places." if lang == "fr" else
                           "Wear comfortable clothes. 12 seats."),
              organizer=(U.staff_name(frm, lang), U.staff_addr(frm)))
    if lang == "fr":
        subj = "Formation obligatoire : %s" % name
        body = "Bonjour,\n\nInscrivez-vous via l'invitation ci-jointe.\n%s" % c.sig(frm, "fr")
    else:
        subj = "Mandatory training: %s" % name
        body = "Hello,\n\nPlease register using the attached invitation.\n%s" % c.sig(frm, "en")
    return c.msg(lang, "training", "staff training invitation (ICS)", c.sa(frm, lang),
                 [("Personnel clinique" if lang == "fr" else "Clinical staff", "clinique@" + U.DOM)],
                 subj, body, atts=[T.att("ics", "formation.ics" if lang == "fr" else "training.ics",
                                         A.ics([ev], c.cur["date"].astimezone(datetime.timezone.utc)),
                                         "text/calendar", ctparams="; method=REQUEST")])


def retirement(c, lang):
    r = c.rng
    frm = U.STAFF[26]
    who = r.choice([("Lise", "Beaulieu", "archiviste médicale", "health records technician", 1960),
                    ("Alain", "Boisvert", "chef des installations", "facilities manager", 1959),
                    ("Chantal", "Vachon", "infirmière-chef", "nurse manager", 1961)])
    d = c.today + datetime.timedelta(days=r.randrange(10, 30))
    if lang == "fr":
        subj = "Départ à la retraite de %s %s" % who[:2]
        body = ("Bonjour à tous,\n\nAprès 35 ans au centre, %s %s (%s) prend sa retraite ! Née en %d "
                "à Rimouski, elle/il a connu l'ouverture du programme blessés médullaires et les "
                "débuts de la clinique d'amputés.\n\n5 à 7 le %s à la cafétéria. Contribution pour le "
                "cadeau auprès de Jacinthe.\n\n%s" % (who[0], who[1], who[2], who[4], U.day_fr(d), frm[0]))
    else:
        subj = "Retirement of %s %s" % who[:2]
        body = ("Hi all,\n\nAfter 35 years at the centre, %s %s (%s) is retiring! Born in %d in "
                "Rimouski, they saw the opening of the spinal cord injury program and the early days "
                "of the amputee clinic.\n\nSend-off on %s, 5 pm, cafeteria. Gift contributions to "
                "Jacinthe.\n\n%s" % (who[0], who[1], who[3], who[4], U.day_en(d), frm[0]))
    return c.msg(lang, "social_staff", "staff retirement party notice", c.sa(frm, lang),
                 [("Tout le personnel" if lang == "fr" else "All staff", "personnel@" + U.DOM)],
                 subj, body)


def vendor_vcard(c, lang):
    r = c.rng
    buyer = U.STAFF[24]
    rep = r.choice([("Stéphanie", "Marchand", "prot"), ("Kevin", "Lafrance", "whl")])
    org = c.ext(rep[2])
    tel = U.phone(r, "450")
    card = A.vcard("%s %s" % rep[:2], (rep[1], rep[0]), tel=[("WORK", tel), ("CELL", U.phone(r, "514"))],
                   email="%s.%s@%s" % (U.ascii_local(rep[0]), U.ascii_local(rep[1]), org[1]), org=org[0],
                   title="Représentante" if lang == "fr" else "Sales representative")
    if lang == "fr":
        subj = "Coordonnées – représentant(e) %s" % org[0]
        body = ("Bonjour,\n\nVoici la carte de notre nouvelle personne-ressource chez %s pour les "
                "composantes prothétiques et les coussins de positionnement.%s" % (org[0], c.sig(buyer, "fr")))
    else:
        subj = "Contact – %s representative" % org[0]
        body = ("Hi,\n\nHere's the card for our new contact at %s for prosthetic components and "
                "positioning cushions.%s" % (org[0], c.sig(buyer, "en")))
    return c.msg(lang, "vendor", "vendor representative contact card (vCard)", c.sa(buyer, lang),
                 [c.sa(U.STAFF[7], lang), c.sa(U.STAFF[4], lang)], subj, body,
                 atts=[T.att("vcf", "%s_%s.vcf" % (rep[0], rep[1]), card, "text/vcard")])


def self_absence(c, lang):
    r = c.rng
    emp = c.st(4, 5, 13, 15, 16, 18, 22)
    mgr = c.st(19, 20, 21)
    d = c.today + datetime.timedelta(days=r.randrange(1, 6))
    if lang == "fr":
        subj = "Absence %s" % U.day_fr(d)
        body = ("Bonjour %s,\n\nJe serai absente/absent %s matin pour un rendez-vous médical "
                "personnel (suivi en physio pour mon épaule). Mes usagers de 9 h et 10 h sont "
                "déplacés en après-midi.\n\nMerci,\n%s" % (mgr[0], U.day_fr(d), emp[0]))
    else:
        subj = "Away %s" % U.day_en(d)
        body = ("Hi %s,\n\nI'll be out %s morning for a personal medical appointment (physio "
                "follow-up for my shoulder). My 9 and 10 o'clock clients are moved to the "
                "afternoon.\n\nThanks,\n%s" % (mgr[0], U.day_en(d), emp[0]))
    return c.msg(lang, "leave", "employee notice of own medical appointment", c.sa(emp, lang),
                 [c.sa(mgr, lang)], subj, body)


def foundation(c, lang):
    r = c.rng
    frm = ("Fondation des Berges", "fondation@" + U.DOM)
    amt = r.randrange(40, 180) * 1000
    if lang == "fr":
        subj = "Merci ! Résultats du Défi vélo de la Fondation"
        body = ("Bonjour à tous,\n\nLe Défi vélo a permis d'amasser %s $ pour l'achat d'un "
                "exosquelette destiné au programme blessés médullaires et d'un tapis roulant avec "
                "support de poids pour le programme AVC.\n\nMerci à M. Jean-Guy Tremblay, président "
                "d'honneur, et à Dre Hélène Charest pour son témoignage touchant sur la réadaptation "
                "après une lésion médullaire.\n\nFondation des Berges – %s – %s" % (
                    format(amt, ",").replace(",", " "), U.clinic_phone(), U.ORG_ADDR_FR))
    else:
        subj = "Thank you! Foundation Bike Challenge results"
        body = ("Hi everyone,\n\nThe Bike Challenge raised $%s toward an exoskeleton for the "
                "spinal cord injury program and a body-weight-support treadmill for the stroke "
                "program.\n\nThanks to Mr. Jean-Guy Tremblay, honorary chair, and to Dr. Hélène "
                "Charest for her moving talk about rehab after spinal cord injury.\n\nBerges "
                "Foundation – %s – %s" % (format(amt, ","), U.clinic_phone(), U.ORG_ADDR_EN))
    return c.msg(lang, "newsletter", "foundation fundraising thank-you", frm,
                 [("Tout le personnel" if lang == "fr" else "All staff", "personnel@" + U.DOM)],
                 subj, body)


def budget_thread(c, lang):
    r = c.rng
    a, b = U.STAFF[19], U.STAFF[20]
    q_dt = T.earlier(c.cur["date"], r, (4, 48))
    n = r.randrange(12, 40)
    if lang == "fr":
        q = ("Martine,\n\nPour le budget 2025-2026, je propose de regrouper les achats de coussins "
             "et de fauteuils entre BM et AVC. On pourrait économiser environ %d k$.\n\nDaniel" % n)
        subj = "RE: Budget équipements 2025-2026"
        body = ("D'accord sur le principe. Par contre, les coussins à air des tétraplégiques ne "
                "peuvent pas être remplacés par des coussins en mousse. On en parle au CODIR ?\n\n"
                "Martine\n\n" + T.reply_block("fr", q_dt, c.sa(a, "fr"), "Budget équipements", q, rng=r))
    else:
        q = ("Martine,\n\nFor the 2025-2026 budget I suggest pooling cushion and wheelchair "
             "purchases between SCI and stroke. Could save about $%dk.\n\nDaniel" % n)
        subj = "RE: Equipment budget 2025-2026"
        body = ("Agree in principle. But the air cushions for tetraplegic clients can't be swapped "
                "for foam. Can we discuss at the management committee?\n\nMartine\n\n" +
                T.reply_block("en", q_dt, c.sa(a, "en"), "Equipment budget", q, rng=r))
    return c.msg(lang, "admin", "managers' budget thread with quoted text", c.sa(b, lang),
                 [c.sa(a, lang)], subj, body)
