"""Negative builders, part A: staff and HR mail (schedules, leave, payroll, occupational health,
job postings, candidates, births and retirements, minutes, directories)."""
import datetime

from stdnum import luhn

from gen_attach import (att_docx, att_pdf, att_text, att_xlsx, make_docx, make_ics, make_pdf,
                        make_vcf, make_xlsx)
from gen_common import (DEPT_EN, DEPT_FR, DOM, MAIN_PHONE, ORG_EN, ORG_FR, PHYS, STAFF,
                        days_after, days_before, fmt_date, long_day, mk, phys_addr, phys_title,
                        quote, signature, staff_addr)

I = lambda lang, fr, en: fr if lang == "fr" else en  # noqa: E731

CANDIDATES = [("Jessica", "Thibodeau"), ("Mohamed", "Ait-Ali"), ("Camille", "Rousseau"),
              ("Bryan", "Kilpatrick"), ("Laurie", "Gendron"), ("Vincent", "Ng"),
              ("Audrey", "Lemay-Bastien"), ("Kwame", "Asante"), ("Noémie", "Bisaillon"),
              ("Fraser", "Holloway")]
ARCH_TEAM = ["marcotte", "belkacem", "grondin", "stonge", "labrecque", "nolet", "ducharme",
             "maclellan", "kerrigan", "dunn"]


def first(key):
    return STAFF[key][0]


def full(key):
    return "%s %s" % (STAFF[key][0], STAFF[key][1])


def luhn_serial(rng, n=9):
    body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def ean13(rng, prefix="062"):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(12 - len(prefix)))
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def mod97_lot(rng):
    body = "%09d" % rng.randrange(10 ** 8, 10 ** 9)
    return body + "%02d" % (97 - int(body) % 97)


def n_schedule(c, lang):
    r = c.rng
    monday = days_after(c, 3, 9)
    monday -= datetime.timedelta(days=monday.weekday())
    shifts = I(lang, ["J 7h30-15h30", "J 8h-16h", "S 15h-23h", "Congé", "Formation",
                      "Télétravail"],
               ["D 7:30-15:30", "D 8-16", "E 15-23", "Off", "Training", "Remote"])
    team = r.sample(ARCH_TEAM, 7)
    rows = [[I(lang, "Employé(e)", "Employee")] +
            [(monday + datetime.timedelta(days=i)).strftime("%a %d") for i in range(5)]]
    for k in team:
        rows.append([full(k)] + [r.choice(shifts) for _ in range(5)])
    xl = make_xlsx([(I(lang, "Horaire", "Schedule"), rows)], author=full("marcotte"))
    sick = r.choice(team[1:])
    if lang == "fr":
        text = ("Bonjour à toutes et à tous,\n\nVoici l'horaire de la semaine du %s. %s est en "
                "congé de maladie jusqu'à nouvel ordre ; %s la remplace au comptoir de l'accès "
                "à l'information. Rappel : le comptoir ferme à 15 h 30 le vendredi.\n\n%s"
                % (fmt_date(monday, "fr", "long"), full(sick), full(team[0]),
                   signature("marcotte", "fr")))
        subj = "Horaire — semaine du %s" % monday.isoformat()
        fn = "horaire_archives_%s.xlsx" % monday.strftime("%Y%m%d")
    else:
        text = ("Hello everyone,\n\nHere is the schedule for the week of %s. %s is on sick leave "
                "until further notice; %s covers the release-of-information counter. Reminder: "
                "the counter closes at 3:30 on Fridays.\n\n%s"
                % (fmt_date(monday, "en", "long"), full(sick), full(team[0]),
                   signature("marcotte", "en")))
        subj = "Schedule - week of %s" % monday.isoformat()
        fn = "records_schedule_%s.xlsx" % monday.strftime("%Y%m%d")
    return mk("staff_schedule", I(lang, "horaire hebdomadaire de l'équipe", "weekly team schedule"),
              [], staff_addr("marcotte"), [("Équipe archives", "archives-equipe@" + DOM)], subj,
              text, attachments=[att_xlsx(fn, xl)])


def n_vacation(c, lang):
    r = c.rng
    k = r.choice(ARCH_TEAM[1:])
    a = days_after(c, 20, 90)
    b = a + datetime.timedelta(days=r.choice([4, 9, 13]))
    when = c.date - datetime.timedelta(hours=r.randint(2, 30))
    if lang == "fr":
        orig = ("Bonjour Isabelle,\n\nJe souhaiterais prendre mes vacances du %s au %s "
                "inclusivement (%d jours ouvrables). %s a accepté de couvrir mes demandes "
                "d'assureurs.\n\nMerci !\n%s" % (fmt_date(a, "fr", "long"),
                                                 fmt_date(b, "fr", "long"),
                                                 r.randint(5, 10), first(r.choice(ARCH_TEAM[1:])),
                                                 first(k)))
        text = ("Bonjour %s,\n\nC'est approuvé. N'oublie pas de l'inscrire dans Logibec et de "
                "laisser tes dossiers en cours dans le bac partagé.\n\nIsabelle\n\n%s"
                % (first(k), quote(orig, "fr", "%s <%s>" % staff_addr(k), when)))
        subj = "RE: Demande de vacances %s" % a.strftime("%Y-%m")
    else:
        orig = ("Hi Isabelle,\n\nI would like to take vacation from %s to %s inclusive (%d "
                "working days). %s agreed to cover my insurer requests.\n\nThanks!\n%s"
                % (fmt_date(a, "en", "long"), fmt_date(b, "en", "long"), r.randint(5, 10),
                   first(r.choice(ARCH_TEAM[1:])), first(k)))
        text = ("Hi %s,\n\nApproved. Please enter it in the scheduling system and leave your "
                "open files in the shared tray.\n\nIsabelle\n\n%s"
                % (first(k), quote(orig, "en", "%s <%s>" % staff_addr(k), when)))
        subj = "RE: Vacation request %s" % a.strftime("%Y-%m")
    return mk("leave_request", I(lang, "approbation de vacances", "vacation approval"), [],
              staff_addr("marcotte"), [staff_addr(k)], subj, text, reply=True)


def n_payroll(c, lang):
    r = c.rng
    k = r.choice(ARCH_TEAM)
    emp = "%06d" % r.randint(100000, 999999)
    period = r.randint(1, 26)
    hours = r.choice([7.25, 14.5, 3.75, 21.0])
    if lang == "fr":
        text = ("Bonjour %s,\n\nSuite à votre demande, nous avons vérifié la paie de la période "
                "%02d : %.2f heures de temps supplémentaire (numérisation du samedi) n'avaient "
                "pas été saisies. La correction (matricule %s) apparaîtra sur le relevé du %s, "
                "avec la rétroactivité de l'équité salariale (taux horaire 27,84 $ → 28,46 $)."
                "\n\nPour toute question : poste 4510.\n\n%s"
                % (first(k), period, hours, emp, fmt_date(days_after(c, 7, 14), "fr", "long"),
                   signature("kwan", "fr")))
        subj = "Correction de paie — période %02d" % period
    else:
        text = ("Hello %s,\n\nFollowing your request we checked pay period %02d: %.2f overtime "
                "hours (Saturday scanning) had not been entered. The correction (employee no. %s) "
                "will appear on the %s pay stub, together with the pay-equity retro (hourly rate "
                "$27.84 -> $28.46).\n\nQuestions: ext. 4510.\n\n%s"
                % (first(k), period, hours, emp, fmt_date(days_after(c, 7, 14), "en", "long"),
                   signature("kwan", "en")))
        subj = "Pay correction - period %02d" % period
    return mk("payroll", I(lang, "correction de paie d'une employée", "staff pay correction"), [],
              staff_addr("kwan"), [staff_addr(k)], subj, text)


def n_occ_health(c, lang):
    r = c.rng
    k = r.choice(ARCH_TEAM[1:])
    kind = r.choice(["rtw", "tb", "flu"])
    nurse = ("Santé et sécurité au travail", "sst@" + DOM)
    if kind == "rtw":
        if lang == "fr":
            text = ("Bonjour Isabelle,\n\n%s reviendra au travail le %s en retour progressif "
                    "(3 jours/semaine pendant 4 semaines) après son entorse lombaire. "
                    "Restrictions temporaires : pas de manutention de boîtes de plus de 10 kg, "
                    "pas d'échelle au dépôt. Merci d'adapter les tâches (numérisation plutôt "
                    "que classement).\n\nInfirmière SST, poste 4160" % (full(k), fmt_date(
                        days_after(c, 3, 12), "fr", "long")))
            subj = "Retour progressif — %s" % full(k)
        else:
            text = ("Hi Isabelle,\n\n%s will return on %s on a graduated basis (3 days/week for "
                    "4 weeks) after a lumbar sprain. Temporary restrictions: no lifting of boxes "
                    "over 10 kg, no ladders in the file room. Please adapt duties (scanning rather "
                    "than filing).\n\nOccupational health nurse, ext. 4160"
                    % (full(k), fmt_date(days_after(c, 3, 12), "en", "long")))
            subj = "Graduated return to work - %s" % full(k)
        to = [staff_addr("marcotte")]
    elif kind == "tb":
        if lang == "fr":
            text = ("Bonjour %s,\n\nVotre test cutané à la tuberculine (TCT 2 étapes) fait à "
                    "l'embauche est négatif (0 mm). Aucun suivi requis. Votre carnet de "
                    "vaccination est à jour (hépatite B : anti-HBs 86 UI/L).\n\nSanté et sécurité "
                    "au travail" % first(k))
            subj = "Résultat TCT — embauche"
        else:
            text = ("Hello %s,\n\nYour two-step tuberculin skin test done at hiring is negative "
                    "(0 mm). No follow-up needed. Your immunization record is up to date "
                    "(hepatitis B: anti-HBs 86 IU/L).\n\nOccupational Health and Safety"
                    % first(k))
            subj = "TST result - pre-employment"
        to = [staff_addr(k)]
    else:
        if lang == "fr":
            text = ("Bonjour à tous,\n\nLa clinique de vaccination antigrippale du personnel "
                    "passera aux archives le %s de 10 h à 11 h 30 (salle B-020). Taux de "
                    "vaccination du service l'an dernier : 64 %%. Objectif : 80 %%.\n\n"
                    "Santé et sécurité au travail" % fmt_date(days_after(c, 2, 10), "fr", "long"))
            subj = "Vaccination antigrippale du personnel"
        else:
            text = ("Hello all,\n\nThe staff flu clinic will visit Health Records on %s from 10 "
                    "to 11:30 (room B-020). Last year's department rate: 64%%. Target: 80%%.\n\n"
                    "Occupational Health and Safety" % fmt_date(days_after(c, 2, 10), "en",
                                                                "long"))
            subj = "Staff flu vaccination"
        to = [("Équipe archives", "archives-equipe@" + DOM)]
    return mk("occupational_health", I(lang, "santé au travail d'une employée",
                                       "staff occupational health"), [],
              nurse, to, subj, text)


def n_job_posting(c, lang):
    r = c.rng
    post = "AFF-%d-%03d" % (c.date.year, r.randint(1, 400))
    title = r.choice([("Technicien(ne) en gestion de l'information de santé",
                       "Health Information Technician"),
                      ("Agent(e) administratif(ve) — accès à l'information",
                       "Release of Information Clerk"),
                      ("Archiviste médical(e) — codification", "Health Records Coder")])
    close = days_after(c, 10, 21)
    if lang == "fr":
        blocks = [("kv", [("Affichage", post), ("Titre", title[0]),
                          ("Statut", "Temps complet permanent, jour"),
                          ("Échelle salariale", "25,25 $ à 36,85 $ / heure"),
                          ("Fin de l'affichage", close.isoformat())]),
                  ("h", "Exigences"),
                  ("p", "DEC en gestion de l'information en santé; connaissance de la Loi sur "
                        "les services de santé et de la Loi 25; bilinguisme un atout."),
                  ("h", "Responsabilités"),
                  ("p", "Traiter les demandes d'accès des patients, avocats et assureurs; "
                        "contrôle de qualité de la numérisation; codification CIM-10-CA.")]
        text = ("Bonjour,\n\nUn poste est affiché au service des archives médicales. Merci de "
                "diffuser ! Les candidatures se font sur le portail RH avant le %s.\n\n%s"
                % (fmt_date(close, "fr", "long"), signature("marcotte", "fr")))
        subj = "Affichage %s — %s" % (post, title[0])
    else:
        blocks = [("kv", [("Posting", post), ("Title", title[1]),
                          ("Status", "Full-time permanent, days"),
                          ("Salary", "$25.25 to $36.85 / hour"), ("Closes", close.isoformat())]),
                  ("h", "Requirements"),
                  ("p", "Diploma in health information management; knowledge of privacy "
                        "legislation; bilingualism an asset."),
                  ("h", "Duties"),
                  ("p", "Process access requests from patients, lawyers and insurers; scanning "
                        "quality control; ICD-10-CA coding.")]
        text = ("Hello,\n\nA position is posted in Health Records. Please share! Apply through "
                "the HR portal before %s.\n\n%s" % (fmt_date(close, "en", "long"),
                                                    signature("marcotte", "en")))
        subj = "Posting %s - %s" % (post, title[1])
    pdf = make_pdf(I(lang, title[0], title[1]), blocks, author="Ressources humaines")
    return mk("job_posting", I(lang, "affichage de poste", "job posting"), [],
              staff_addr("marcotte"), [("Tout le personnel", "tous@" + DOM)], subj, text,
              attachments=[att_pdf("%s.pdf" % post, pdf)])


def n_candidates(c, lang):
    r = c.rng
    day = days_after(c, 3, 12)
    cands = r.sample(CANDIDATES, 3)
    start = datetime.datetime(day.year, day.month, day.day, 9, 0)
    lines = []
    for i, (g, s) in enumerate(cands):
        t = start + datetime.timedelta(minutes=75 * i)
        lines.append("%s  %s %s — %s" % (t.strftime("%H:%M"), g, s,
                                         I(lang, r.choice(["DEC GIS 2023, stage au CHU",
                                                           "8 ans en clinique privée",
                                                           "retour aux études, bilingue"]),
                                           r.choice(["HIM diploma 2023, internship at a "
                                                     "teaching hospital", "8 years in a "
                                                     "private clinic", "career change, "
                                                     "bilingual"]))))
    ics = make_ics("entrevues-%s@%s" % (day.isoformat(), DOM), start,
                   start + datetime.timedelta(hours=4),
                   I(lang, "Entrevues — poste technicien(ne) GIS", "Interviews - HIT position"),
                   "\n".join(lines), "B-031", staff_addr("marcotte"),
                   [staff_addr("stonge"), ("Conseillère RH", "rh@" + DOM)])
    if lang == "fr":
        text = ("Mélanie,\n\nVoici l'horaire des entrevues du %s. Les CV sont dans le dossier "
                "partagé RH. Grille d'évaluation : même que l'an dernier.\n\n%s\n\n%s"
                % (fmt_date(day, "fr", "long"), "\n".join(lines), signature("marcotte", "fr",
                                                                           True)))
        subj = "Entrevues %s" % day.isoformat()
    else:
        text = ("Mélanie,\n\nHere is the interview schedule for %s. CVs are in the HR shared "
                "folder. Same scoring grid as last year.\n\n%s\n\n%s"
                % (fmt_date(day, "en", "long"), "\n".join(lines), signature("marcotte", "en",
                                                                           True)))
        subj = "Interviews %s" % day.isoformat()
    return mk("candidates", I(lang, "horaire d'entrevues de candidats", "candidate interview "
                              "schedule"), [], staff_addr("marcotte"),
              [staff_addr("stonge")], subj, text,
              attachments=[att_text("entrevues.ics" if lang == "fr" else "interviews.ics", ics,
                                    "text/calendar", "utf-8", "base64")])


def n_baby(c, lang):
    r = c.rng
    k = r.choice(["stonge", "labrecque", "ducharme", "dunn", "belkacem"])
    born = days_before(c, 1, 6)
    baby = r.choice(["Léa", "Mia", "Florence", "Émile", "Arthur", "Noah"])
    grams = r.randint(2900, 4100)
    if lang == "fr":
        text = ("Bonne nouvelle ! %s a accouché le %s à 4 h 12 : bienvenue à %s, %d g, 51 cm. "
                "Maman et bébé vont très bien et sont rentrés à la maison.\n\nOn fait une "
                "collecte pour un cadeau (enveloppe au bureau d'Isabelle jusqu'à vendredi).\n\n"
                "Nadia" % (full(k), fmt_date(born, "fr", "long"), baby, grams))
        subj = "Bienvenue à %s !" % baby
    else:
        text = ("Great news! %s gave birth on %s at 4:12 am: welcome %s, %d g, 51 cm. Mom and "
                "baby are doing great and are home.\n\nWe are collecting for a gift (envelope "
                "in Isabelle's office until Friday).\n\nNadia" % (full(k),
                                                                 fmt_date(born, "en", "long"),
                                                                 baby, grams))
        subj = "Welcome baby %s!" % baby
    return mk("staff_news", I(lang, "annonce de naissance du bébé d'une collègue",
                              "colleague's baby announcement"), [],
              staff_addr("belkacem"), [("Équipe archives", "archives-equipe@" + DOM)], subj, text)


def n_retirement(c, lang):
    r = c.rng
    who = r.choice([("Huguette", "Desrosiers"), ("Gilberte", "Lanctôt"), ("Raynald", "Comeau")])
    party = days_after(c, 7, 20)
    bday = datetime.date(r.randint(1959, 1962), r.randint(1, 12), r.randint(1, 28))
    if lang == "fr":
        text = ("Bonjour à tous,\n\nAprès 34 ans aux archives (elle/il a connu les dossiers sur "
                "microfiches !), %s %s prend sa retraite. Née/né le %s, elle/il dit qu'il est "
                "temps de profiter de son chalet.\n\n5 à 7 le %s à la cafétéria, salle C. "
                "Contribution au cadeau : 10 $ à Sylvain.\n\n%s"
                % (who[0], who[1], fmt_date(bday, "fr", "long"), fmt_date(party, "fr", "long"),
                   signature("marcotte", "fr", True)))
        subj = "Départ à la retraite — %s %s" % who
    else:
        text = ("Hello all,\n\nAfter 34 years in Health Records (back in the microfiche days!), "
                "%s %s is retiring. Born %s, they say it's time to enjoy the cottage.\n\n"
                "Send-off on %s, 5 to 7 pm, cafeteria room C. Gift contribution: $10 to Sylvain."
                "\n\n%s" % (who[0], who[1], fmt_date(bday, "en", "long"),
                            fmt_date(party, "en", "long"), signature("marcotte", "en", True)))
        subj = "Retirement - %s %s" % who
    return mk("staff_news", I(lang, "départ à la retraite d'un employé", "staff retirement"), [],
              staff_addr("marcotte"), [("Tout le personnel", "tous@" + DOM)], subj, text)


def n_minutes(c, lang):
    r = c.rng
    d = days_before(c, 1, 4)
    backlog = r.randint(900, 4200)
    if lang == "fr":
        blocks = [("kv", [("Date", d.isoformat()), ("Présences", ", ".join(
                      full(k) for k in r.sample(ARCH_TEAM, 6))), ("Absente", full("dunn"))]),
                  ("h", "1. Retard de numérisation"),
                  ("p", "%d dossiers en attente (contre %d le mois dernier). Temps "
                        "supplémentaire le samedi autorisé jusqu'en mars." %
                   (backlog, backlog + r.randint(100, 600))),
                  ("h", "2. Délais d'accès"),
                  ("p", "Délai médian de traitement : %d jours; 94 %% des demandes dans le délai "
                        "légal de 30 jours." % r.randint(9, 19)),
                  ("h", "3. Divers"),
                  ("p", "Nouveau numériseur installé au local B-014. Formation Loi 25 obligatoire "
                        "avant le 31 mars.")]
        doc = make_docx("Compte rendu — réunion d'équipe des archives", blocks,
                        author=full("marcotte"))
        text = ("Bonjour,\n\nCi-joint le compte rendu de la réunion du %s. Prochaine rencontre "
                "dans deux semaines.\n\n%s" % (fmt_date(d, "fr", "long"),
                                               signature("marcotte", "fr", True)))
        subj = "Compte rendu — réunion d'équipe %s" % d.isoformat()
        fn = "CR_reunion_%s.docx" % d.strftime("%Y%m%d")
    else:
        blocks = [("kv", [("Date", d.isoformat()), ("Present", ", ".join(
                      full(k) for k in r.sample(ARCH_TEAM, 6))), ("Absent", full("dunn"))]),
                  ("h", "1. Scanning backlog"),
                  ("p", "%d charts pending (vs %d last month). Saturday overtime approved until "
                        "March." % (backlog, backlog + r.randint(100, 600))),
                  ("h", "2. Turnaround"),
                  ("p", "Median processing time: %d days; 94%% of requests within the 30-day "
                        "legal limit." % r.randint(9, 19)),
                  ("h", "3. Other"),
                  ("p", "New scanner installed in room B-014. Mandatory privacy training before "
                        "March 31.")]
        doc = make_docx("Minutes - Health Records team meeting", blocks, author=full("marcotte"))
        text = ("Hello,\n\nAttached are the minutes of the %s meeting. Next meeting in two "
                "weeks.\n\n%s" % (fmt_date(d, "en", "long"), signature("marcotte", "en", True)))
        subj = "Minutes - team meeting %s" % d.isoformat()
        fn = "minutes_%s.docx" % d.strftime("%Y%m%d")
    return mk("minutes", I(lang, "compte rendu de réunion d'équipe", "team meeting minutes"), [],
              staff_addr("marcotte"), [("Équipe archives", "archives-equipe@" + DOM)], subj, text,
              attachments=[att_docx(fn, doc)])


def n_directory(c, lang):
    r = c.rng
    keys = r.sample(ARCH_TEAM, 6)
    if r.random() < 0.5:
        k = keys[0]
        g, s, tf, te, local, ext = STAFF[k]
        vcf = make_vcf(g, s, org=ORG_FR, title=I(lang, tf, te),
                       tel="%s x%s" % (MAIN_PHONE, ext), email="%s@%s" % (local, DOM),
                       adr=("2200 rue des Ormeaux", "Val-Brûlé", "QC", "G0X 2V0"))
        att = [att_text("%s %s.vcf" % (g, s), vcf, "text/x-vcard", "utf-8", "quoted-printable")]
    else:
        att = []
    lines = ["%-26s %-48s poste %s" % (full(k), I(lang, STAFF[k][2], STAFF[k][3])[:48],
                                       STAFF[k][5]) for k in keys]
    if lang == "fr":
        text = ("Bonjour,\n\nMise à jour de la liste téléphonique du service (à afficher près "
                "du comptoir) :\n\n%s\n\nTélécopieur sécurisé : 819-555-0149\n\n%s"
                % ("\n".join(lines), signature("nolet", "fr", True)))
        subj = "Liste téléphonique du service — mise à jour"
    else:
        text = ("Hello,\n\nUpdated department phone list (please post near the counter):\n\n%s\n\n"
                "Secure fax: 819-555-0149\n\n%s" % ("\n".join(lines).replace("poste", "ext."),
                                                    signature("nolet", "en", True)))
        subj = "Department phone list - update"
    return mk("directory", I(lang, "liste téléphonique du service", "department phone list"), [],
              staff_addr("nolet"), [("Équipe archives", "archives-equipe@" + DOM)], subj, text,
              attachments=att)


BUILDERS_NA = [n_schedule, n_vacation, n_payroll, n_occ_health, n_job_posting, n_candidates,
               n_baby, n_retirement, n_minutes, n_directory]
