"""Negative templates, part A: HR, schedules, payroll, occupational health, IT, facilities, staff mail."""
import datetime as _dt

from stdnum import luhn

from gen_attach import make_ics, make_pdf, make_vcard, make_xlsx
from gen_clin import L
from gen_common import ORG, OTHER_DOMS, STAFF, fmt_date, signature, staff_addr
from gen_mime import html_table, quote_block, text_to_html
from gen_msg import add_days


def luhn_serial(rng, n=9):
    body = "".join(rng.choice("0123456789") for _ in range(n - 1))
    return body + luhn.calc_check_digit(body)


def _st(c, k):
    return [c.any_staff() for _ in range(k)]


def vacation(m, c):
    rng, lang = m.rng, m.lang
    mgr = STAFF[8]
    m.from_staff(mgr)
    m.to = [("Pharmaciens" if lang == "fr" else "Pharmacists", "pharmaciens@" + ORG["dom"])]
    people = rng.sample(STAFF[:20], 7)
    rows = []
    for s in people:
        d0 = _dt.date(2025, rng.choice([6, 7, 8]), rng.randint(1, 20))
        rows.append(["%s %s" % (s[0], s[1]), fmt_date(d0, "iso"), fmt_date(add_days(d0, rng.choice([4, 11, 14])), "iso"),
                     rng.choice(["approuvé", "en attente"] if lang == "fr" else ["approved", "pending"])])
    hdr = ["Employé(e)", "Du", "Au", "Statut"] if lang == "fr" else ["Employee", "From", "To", "Status"]
    m.subject = L(m, "Calendrier des vacances d'été 2025 - version finale", "Summer 2025 vacation calendar - final")
    intro = L(m, "Bonjour à tous,\n\nVoici le calendrier des vacances estivales. Les demandes reçues après le 1er mai "
                 "seront traitées selon l'ancienneté.", "Hi all,\n\nHere is the summer vacation calendar. Requests "
                 "received after May 1 will be handled by seniority.")
    m.body = intro + "\n\n" + "\n".join(" | ".join(r) for r in rows) + "\n\n" + signature(mgr, lang, "pharm")
    if rng.random() < 0.5:
        m.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 make_xlsx([("Vacances" if lang == "fr" else "Vacation", [hdr] + rows)]), "vacances_ete_2025.xlsx")
    else:
        m.html = text_to_html(intro).replace("</body>", html_table(rows, hdr) + "</body>")
        m.mode = "alt"
    m.note = L(m, "calendrier des vacances du personnel", "staff vacation calendar")


def payroll(m, c):
    rng, lang = m.rng, m.lang
    hr = STAFF[21]
    m.from_staff(hr)
    m.to = [("Tout le personnel - pharmacie" if lang == "fr" else "All pharmacy staff", "pharmacie-tous@" + ORG["dom"])]
    per = rng.randint(10, 24)
    d = add_days(m.date, rng.randint(3, 9))
    if lang == "fr":
        m.subject = "Paie - période %d : feuilles de temps à remettre" % per
        m.body = ("Bonjour,\n\nLes feuilles de temps de la période %d doivent être approuvées d'ici le %s midi. "
                  "Le dépôt sera effectué le %s. Rappel : le numéro d'employé (6 chiffres) est requis sur toute "
                  "demande de correction, jamais votre NAS.\n\nPrimes de soir et de fin de semaine : code 042 et "
                  "043.\n\n%s" % (per, fmt_date(d, "long", "fr"), fmt_date(add_days(d, 6), "long", "fr"),
                                   signature(hr, lang)))
    else:
        m.subject = "Payroll - period %d: timesheets due" % per
        m.body = ("Hello,\n\nTimesheets for period %d must be approved by noon on %s. Deposit will be made on %s. "
                  "Reminder: your employee number (6 digits) is required on any correction request, never your "
                  "SIN.\n\nEvening and weekend premiums: codes 042 and 043.\n\n%s"
                  % (per, fmt_date(d, "long", "en"), fmt_date(add_days(d, 6), "long", "en"), signature(hr, lang)))
    m.note = L(m, "avis de paie", "payroll notice")


def staff_vaccine(m, c):
    rng, lang = m.rng, m.lang
    sst = ("Santé et sécurité au travail" if lang == "fr" else "Occupational Health", "sst@" + ORG["dom"])
    m.sender = sst
    people = rng.sample(STAFF[:20], 5)
    m.to = [("%s %s" % (s[0], s[1]), staff_addr(s)) for s in people[:2]]
    rows = [["%s %s" % (s[0], s[1]), rng.choice(["à jour", "à recevoir", "refus signé"] if lang == "fr"
                                                  else ["up to date", "due", "declined (signed)"]),
             fmt_date(_dt.date(2024, rng.randint(10, 12), rng.randint(1, 28)), "iso")] for s in people]
    m.subject = L(m, "Statut vaccinal du personnel - influenza et COVID", "Staff vaccination status - flu and COVID")
    m.body = L(m, "Bonjour,\n\nVoici le suivi de la campagne de vaccination du personnel de la pharmacie. Les "
                  "personnes « à recevoir » peuvent se présenter à la clinique du personnel le mardi.\n\n",
               "Hello,\n\nHere is the pharmacy staff vaccination follow-up. Anyone marked 'due' can drop in at the "
               "staff clinic on Tuesdays.\n\n") + "\n".join(" - ".join(r) for r in rows) + \
        "\n\n" + L(m, "Santé et sécurité au travail, poste 2480", "Occupational Health, ext. 2480")
    m.note = L(m, "statut vaccinal du personnel (santé au travail)", "staff vaccination status (occupational health)")


def needlestick(m, c):
    rng, lang = m.rng, m.lang
    emp = c.any_staff()
    m.sender = ("Santé au travail" if lang == "fr" else "Employee Health", "sante.travail@" + ORG["dom"])
    m.to = [("%s %s" % (emp[0], emp[1]), staff_addr(emp))]
    d = add_days(m.date, 2)
    if lang == "fr":
        m.subject = "Suivi - exposition accidentelle (déclaration d'accident de travail)"
        m.body = ("Bonjour %s,\n\nSuite à votre déclaration de piqûre accidentelle au centre de prélèvements, "
                  "votre rendez-vous de suivi est le %s à 10h. Sérologies de base prélevées ; le prochain contrôle "
                  "est à 6 semaines. Le formulaire d'accident de travail a été transmis.\n\nInfirmière en santé au "
                  "travail\nPoste 2481" % (emp[0], fmt_date(d, "long", "fr")))
    else:
        m.subject = "Follow-up - occupational exposure (workplace injury report)"
        m.body = ("Hi %s,\n\nFollowing your needlestick report at the blood draw centre, your follow-up "
                  "appointment is %s at 10:00. Baseline serologies done; next check at 6 weeks. The workplace "
                  "injury form has been submitted.\n\nEmployee health nurse\nExt. 2481"
                  % (emp[0], fmt_date(d, "long", "en")))
    m.note = L(m, "suivi en santé au travail d'un employé", "employee occupational health follow-up")


def job_posting(m, c):
    rng, lang = m.rng, m.lang
    hr = STAFF[21]
    m.from_staff(hr)
    m.to = [("Affichage interne" if lang == "fr" else "Internal postings", "affichage@" + ORG["dom"])]
    no = "PH-%d-%03d" % (2025, rng.randint(1, 200))
    if lang == "fr":
        m.subject = "Affichage %s - Pharmacien(ne), clinique d'anticoagulation (temps plein)" % no
        paras = ["Poste : pharmacien(ne) - clinique d'anticoagulation", "Statut : temps complet permanent, jour",
                 "Responsabilités : suivi des patients sous warfarine et AOD, ajustements selon l'ordonnance "
                 "collective, enseignement, transitions de soins.",
                 "Exigences : membre de l'OPQ, maîtrise en pharmacothérapie avancée (atout).",
                 "Date limite : %s" % fmt_date(add_days(m.date, 21), "long", "fr")]
    else:
        m.subject = "Posting %s - Pharmacist, anticoagulation clinic (full time)" % no
        paras = ["Position: pharmacist - anticoagulation clinic", "Status: permanent full time, days",
                 "Duties: follow-up of patients on warfarin and DOACs, dose adjustments under the collective order, "
                 "teaching, transitions of care.", "Requirements: licensed pharmacist, advanced pharmacotherapy "
                 "degree (asset).", "Deadline: %s" % fmt_date(add_days(m.date, 21), "long", "en")]
    m.body = "\n\n".join(paras) + "\n\n" + signature(hr, lang)
    if rng.random() < 0.5:
        m.attach("application/pdf", make_pdf(no, paras), "affichage_%s.pdf" % no)
    m.note = L(m, "affichage de poste", "job posting")


def interviews(m, c):
    rng, lang = m.rng, m.lang
    mgr = STAFF[26]
    m.from_staff(mgr)
    m.to = [("%s %s" % (s[0], s[1]), staff_addr(s)) for s in (STAFF[8], STAFF[0])]
    cands = rng.sample(["Amélie Rancourt", "Youssef Benali", "Catherine Lafrenière", "Hugo Sirois",
                        "Megan O'Leary", "Thi Lan Pham", "Olivier Boivin"], 3)
    d = add_days(m.date, rng.randint(4, 10))
    slots = ["9h00", "10h30", "13h30"] if lang == "fr" else ["9:00", "10:30", "13:30"]
    lines = "\n".join("%s - %s (%s)" % (s, n, rng.choice(["pharmacien(ne)", "résident(e) finissant(e)"]
                                                          if lang == "fr" else ["pharmacist", "graduating resident"]))
                      for s, n in zip(slots, cands))
    m.subject = L(m, "Entrevues - poste clinique anticoag - %s" % fmt_date(d, "slash_dmy"),
                  "Interviews - anticoag clinic position - %s" % fmt_date(d, "iso"))
    m.body = L(m, "Bonjour,\n\nHoraire des entrevues du %s, salle B-214 :\n%s\n\nLes CV sont sur le disque partagé "
                  "RH. Merci de ne pas les imprimer.\n\n%s", "Hi,\n\nInterview schedule for %s, room B-214:\n%s\n\nCVs "
                  "are on the HR shared drive. Please don't print them.\n\n%s") % (
        fmt_date(d, "long", lang), lines, signature(mgr, lang))
    m.note = L(m, "horaire d'entrevues de candidats", "candidate interview schedule")


def baby(m, c):
    rng, lang = m.rng, m.lang
    a, b = c.any_staff(), c.any_staff()
    m.from_staff(a)
    m.to = [("Équipe pharmacie" if lang == "fr" else "Pharmacy team", "pharmacie-tous@" + ORG["dom"])]
    baby_name = rng.choice(["Léa", "Florence", "Arthur", "Noah", "Rosalie", "Théo"])
    bd = add_days(m.date, -rng.randint(1, 4))
    wt = "%d g" % rng.randint(2900, 4100)
    if lang == "fr":
        m.subject = "Bienvenue bébé %s !" % baby_name
        m.body = ("Bonne nouvelle : %s %s a accouché le %s d'un beau bébé, %s, %s. Maman et bébé se portent bien !\n"
                  "On fait une collecte pour un cadeau, enveloppe au bureau de %s jusqu'à vendredi.\n\n%s"
                  % (b[0], b[1], fmt_date(bd, "long", "fr"), baby_name, wt, a[0], a[0]))
    else:
        m.subject = "Welcome baby %s!" % baby_name
        m.body = ("Great news: %s %s had a baby on %s - %s, %s. Mom and baby are doing well!\nWe're collecting for a "
                  "gift, envelope in %s's office until Friday.\n\n%s"
                  % (b[0], b[1], fmt_date(bd, "long", "en"), baby_name, wt, a[0], a[0]))
    m.mode = rng.choice(["html", "alt", "plain"])
    m.note = L(m, "annonce de naissance du bébé d'une collègue", "colleague's baby announcement")


def birthdays(m, c):
    rng, lang = m.rng, m.lang
    soc = c.any_staff()
    m.from_staff(soc)
    m.to = [("Équipe" if lang == "fr" else "Team", "pharmacie-tous@" + ORG["dom"])]
    people = rng.sample(STAFF[:22], 4)
    mo = m.date.month % 12 + 1
    lines = "\n".join("%s %s - %d %s" % (s[0], s[1], rng.randint(1, 28), L(m, ["janvier", "février", "mars",
                                                                                  "avril", "mai", "juin", "juillet",
                                                                                  "août", "septembre", "octobre",
                                                                                  "novembre", "décembre"][mo - 1],
                                                                            ["January", "February", "March", "April",
                                                                             "May", "June", "July", "August",
                                                                             "September", "October", "November",
                                                                             "December"][mo - 1]))
                      for s in people)
    m.subject = L(m, "Anniversaires du mois prochain 🎂", "Next month's birthdays 🎂")
    m.subject_charset = "utf-8"
    m.body = L(m, "Salut la gang,\n\nLes fêtés du mois prochain :\n%s\n\nGâteau le dernier jeudi à 15h en salle de "
                  "pause.\n%s", "Hi everyone,\n\nNext month's birthdays:\n%s\n\nCake on the last Thursday at 3 pm in "
                  "the break room.\n%s") % (lines, soc[0])
    m.note = L(m, "anniversaires du personnel", "staff birthdays")


def sick_cover(m, c):
    rng, lang = m.rng, m.lang
    mgr, off, cov = STAFF[26], c.pharmacist(), c.pharmacist()
    m.from_staff(mgr)
    m.to = [("%s %s" % (cov[0], cov[1]), staff_addr(cov))]
    d = add_days(m.date, rng.randint(7, 20))
    m.subject = L(m, "Absence - couverture de la clinique", "Absence - clinic coverage")
    m.body = L(m, "Bonjour %s,\n\n%s est en congé de maladie jusqu'au %s (certificat reçu). Peux-tu couvrir ses "
                  "plages du mardi et jeudi ? Les heures supplémentaires sont autorisées.\n\n%s",
               "Hi %s,\n\n%s is on sick leave until %s (note received). Can you cover the Tuesday and Thursday "
               "sessions? Overtime is approved.\n\n%s") % (cov[0], off[0] + " " + off[1], fmt_date(d, "long", lang),
                                                           signature(mgr, lang))
    m.note = L(m, "congé de maladie d'un employé et remplacement", "employee sick leave and coverage")


def it_downtime(m, c):
    rng, lang = m.rng, m.lang
    it = STAFF[20]
    m.sender = ("Service des TI" if lang == "fr" else "IT Service Desk", "servicedesk@" + OTHER_DOMS["it"])
    m.to = [("Tous les utilisateurs" if lang == "fr" else "All users", "tous@" + ORG["dom"])]
    sys_ = rng.choice(["DSQ / visualiseur", "logiciel de dosage DAWN", "télécopieur numérique Fax2Mail",
                       "dossier clinique informatisé"])
    d = add_days(m.date, rng.randint(2, 6))
    m.charset = rng.choice(["us-ascii", "iso-8859-1"])
    m.subject = L(m, "Interruption planifiée - %s - %s" % (sys_, fmt_date(d, "slash_dmy")),
                  "Planned outage - %s - %s" % (sys_, fmt_date(d, "iso")))
    m.body = L(m, "Bonjour,\n\nUne interruption est prévue le %s de 22h00 à 02h00 pour la mise à jour du serveur "
                  "SRV-PHX-%02d. Procédure dégradée : formulaires papier dans le cartable rouge.\nBillet : "
                  "INC%07d\n\n%s\nPoste 4357", "Hello,\n\nAn outage is scheduled on %s from 22:00 to 02:00 to update "
                  "server SRV-PHX-%02d. Downtime procedure: paper forms in the red binder.\nTicket: INC%07d\n\n%s\n"
                  "Ext. 4357") % (fmt_date(d, "long", lang), rng.randint(1, 40), rng.randint(0, 9999999),
                                  "%s %s" % (it[0], it[1]))
    m.note = L(m, "interruption informatique planifiée", "planned IT outage")


def phishing(m, c):
    rng, lang = m.rng, m.lang
    m.sender = ("Sécurité de l'information" if lang == "fr" else "Information Security", "securite@" + OTHER_DOMS["it"])
    m.to = [("Tous" if lang == "fr" else "All staff", "tous@" + ORG["dom"])]
    m.subject = L(m, "[Avertissement] Courriels frauduleux « Réinitialisation de mot de passe »",
                  "[Warning] Fraudulent 'Password reset' e-mails")
    m.body = L(m, "Des courriels prétendant venir du service de paie circulent. Ne cliquez pas sur le lien et ne "
                  "fournissez jamais votre mot de passe ni votre NAS. Signalez-les avec le bouton « Signaler ».\n\n"
                  "Sécurité de l'information", "E-mails claiming to come from payroll are circulating. Do not click "
                  "the link and never give your password or SIN. Report them with the 'Report' button.\n\n"
                  "Information Security")
    m.mode = rng.choice(["html", "alt"])
    m.note = L(m, "avertissement d'hameçonnage", "phishing warning")


def facilities(m, c):
    rng, lang = m.rng, m.lang
    m.sender = ("Services techniques" if lang == "fr" else "Facilities", "installations@" + ORG["dom"])
    m.to = [("Pavillon B", "pavillon-b@" + ORG["dom"])]
    what = rng.choice([("Exercice d'évacuation incendie", "Fire evacuation drill"),
                       ("Fermeture du stationnement P2", "Parking lot P2 closure"),
                       ("Entretien de l'ascenseur 3", "Elevator 3 maintenance"),
                       ("Coupure d'eau chaude", "Hot water shutoff")])
    d = add_days(m.date, rng.randint(2, 12))
    m.subject = L(m, "%s - %s" % (what[0], fmt_date(d, "long", "fr")), "%s - %s" % (what[1], fmt_date(d, "long", "en")))
    m.body = L(m, "Bonjour,\n\n%s le %s entre 9h et 11h, pavillon B (pharmacie, clinique d'anticoagulation, "
                  "centre de prélèvements). Merci d'en informer vos équipes.\n\nServices techniques, poste 2100",
               "Hello,\n\n%s on %s between 9 and 11 am, pavilion B (pharmacy, anticoagulation clinic, blood draw "
               "centre). Please inform your teams.\n\nFacilities, ext. 2100") % (
        what[0] if lang == "fr" else what[1], fmt_date(d, "long", lang))
    m.note = L(m, "avis des services techniques", "facilities notice")


def meeting_ics(m, c):
    rng, lang = m.rng, m.lang
    org = c.pharmacist()
    m.from_staff(org)
    m.to = [("Équipe anticoag" if lang == "fr" else "Anticoag team", "equipe.anticoag@" + ORG["dom"])]
    d = add_days(m.date, rng.randint(3, 14))
    start = _dt.datetime(d.year, d.month, d.day, 12, 0)
    summ = L(m, "Réunion d'équipe - révision de l'ordonnance collective warfarine",
             "Team meeting - warfarin collective order review")
    ics = make_ics("team-%d@%s" % (m.index, ORG["dom"]), start, start + _dt.timedelta(hours=1), summ,
                   L(m, "Salle B-214 / Teams", "Room B-214 / Teams"),
                   L(m, "Ordre du jour : nomogramme, AOD en insuffisance rénale, statistiques TTR",
                     "Agenda: nomogram, DOACs in renal failure, TTR statistics"), staff_addr(org))
    m.attach("text/calendar", ics, "invite.ics", charset="utf-8", cte=rng.choice(["8bit", "base64"]))
    m.subject = summ
    m.body = L(m, "Invitation ci-jointe. Dîner fourni.\n\n%s", "Invite attached. Lunch provided.\n\n%s") % \
        signature(org, lang)
    m.note = L(m, "invitation à une réunion d'équipe", "team meeting invitation")


def colleague_vcard(m, c):
    rng, lang = m.rng, m.lang
    a = c.any_staff()
    m.from_staff(a)
    m.to = [("Équipe anticoag" if lang == "fr" else "Anticoag team", "equipe.anticoag@" + ORG["dom"])]
    who = rng.choice([("Marc-André Ngo", "pharmacien propriétaire", "Pharmacie Vallières-Ngo", "819 555-0167"),
                      ("Fatima Haddou", "pharmacienne", "Pharmacie Lamarre & Giguère", "819 555-0161"),
                      ("Liam O'Connell", "pharmacist", "Riverside Community Pharmacy", "613 555-0165")])
    vc = make_vcard(who[0], [who[0].split()[-1], who[0].split()[0], "", "", ""], tel=[("WORK", who[3])],
                    email="contact@" + rng.choice(["vallieres-ngo.example", "pharmacie-lamarre.example"]),
                    org=who[2], title=who[1])
    m.attach("text/vcard", vc, "%s.vcf" % who[0], charset="utf-8", cte="quoted-printable")
    m.subject = L(m, "Nouveau contact - %s" % who[2], "New contact - %s" % who[2])
    m.body = L(m, "Pour vos carnets d'adresses : nouveau pharmacien responsable des transitions chez %s.\n\n%s",
               "For your address books: new pharmacist handling transitions at %s.\n\n%s") % (who[2], a[0])
    m.note = L(m, "carte de contact d'un pharmacien communautaire", "community pharmacist contact card")


def mileage(m, c):
    rng, lang = m.rng, m.lang
    n = c.nurse()
    m.from_staff(n)
    m.to = [("Comptes à payer" if lang == "fr" else "Accounts payable", "comptes.payer@" + ORG["dom"])]
    rows = [["Date", "Km", "Secteur" if lang == "fr" else "Area", "Montant" if lang == "fr" else "Amount"]]
    tot = 0
    for i in range(rng.randint(5, 9)):
        km = rng.randint(12, 88)
        tot += km
        rows.append([fmt_date(add_days(m.date, -i * 2 - 1), "iso"), km, rng.choice(["Nord", "Lac-Vert", "Centre"]),
                     "%.2f $" % (km * 0.58)])
    m.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", make_xlsx([("Km", rows)]),
             "kilometrage_%s.xlsx" % fmt_date(m.date, "compact"))
    m.subject = L(m, "Réclamation kilométrage - visites à domicile", "Mileage claim - home visits")
    m.body = L(m, "Bonjour, ci-joint ma réclamation de kilométrage (%d km). Merci !\n\n%s",
               "Hello, attached is my mileage claim (%d km). Thanks!\n\n%s") % (tot, signature(n, lang))
    m.note = L(m, "réclamation de kilométrage d'un employé", "employee mileage claim")


def training(m, c):
    rng, lang = m.rng, m.lang
    a = c.nurse()
    m.from_staff(a)
    m.to = [("Infirmières CLSC" if lang == "fr" else "CLSC nurses", "inf-domicile@" + OTHER_DOMS["clsc"])]
    serials = [luhn_serial(rng, 10) for _ in range(4)]
    m.subject = L(m, "Formation CoaguChek - nouveaux lecteurs", "CoaguChek training - new meters")
    m.body = L(m, "Bonjour,\n\nFormation sur les nouveaux lecteurs le %s à 13h. Lecteurs assignés (n° de série) :\n%s\n"
                  "Contrôle de qualité : lot de bandelettes %s, exp. 2026-03.\n\n%s",
               "Hello,\n\nTraining on the new meters on %s at 1 pm. Assigned meters (serial no.):\n%s\nQuality "
               "control: strip lot %s, exp. 2026-03.\n\n%s") % (
        fmt_date(add_days(m.date, 6), "long", lang), "\n".join("- UU%s" % s for s in serials),
        "%d%s" % (rng.randint(10000000, 99999999), rng.choice("ABC")), signature(a, lang))
    m.note = L(m, "formation sur les lecteurs avec numéros de série", "meter training with serial numbers")


def rotations(m, c):
    rng, lang = m.rng, m.lang
    coord = STAFF[16]
    m.from_staff(coord)
    m.to = [("Résidents en pharmacie" if lang == "fr" else "Pharmacy residents", "residents@" + ORG["dom"])]
    res = ["Kevin Nguyen", "Laurence Gagné", "Simon Duquette", "Aïcha Traoré"]
    rots = ["Anticoagulation", "Cardiologie" if lang == "fr" else "Cardiology", "Soins intensifs" if lang == "fr"
            else "ICU", "Oncologie" if lang == "fr" else "Oncology"]
    rng.shuffle(rots)
    lines = "\n".join("%s : %s (précepteur : %s)" % (r, x, rng.choice(["I. Lavoie", "É. Côté", "E. Harrington"]))
                      if lang == "fr" else "%s: %s (preceptor: %s)" % (r, x, rng.choice(["I. Lavoie", "E. Cote",
                                                                                          "E. Harrington"]))
                      for r, x in zip(res, rots))
    m.subject = L(m, "Stages - période 4", "Rotations - block 4")
    m.body = L(m, "Bonjour,\n\nAssignation de la période 4 :\n%s\n\nÉvaluations de mi-stage dans le portail.\n\n%s",
               "Hello,\n\nBlock 4 assignments:\n%s\n\nMid-rotation evaluations are in the portal.\n\n%s") % (
        lines, signature(coord, lang))
    m.note = L(m, "assignation des stages des résidents", "resident rotation assignments")


def holiday_thread(m, c):
    rng, lang = m.rng, m.lang
    a, b, mgr = c.pharmacist(), c.pharmacist(), STAFF[8]
    m.from_staff(a)
    m.to_staff(mgr)
    m.cc = [("%s %s" % (b[0], b[1]), staff_addr(b))]
    q1 = L(m, "Qui peut faire la clinique du 26 décembre ? Il me manque une personne.\n%s" % mgr[0],
           "Who can cover the Dec 26 clinic? I'm one person short.\n%s" % mgr[0])
    q2 = L(m, "Je peux faire l'avant-midi seulement.\n%s" % b[0], "I can do the morning only.\n%s" % b[0])
    m.subject = L(m, "RE: RE: Couverture des Fêtes", "RE: RE: Holiday coverage")
    m.body = L(m, "Je prends l'après-midi alors. On échange le 2 janvier ?\n\n%s\n\n", "I'll take the afternoon "
               "then. Swap Jan 2?\n\n%s\n\n") % a[0] + quote_block(q2 + "\n\n" + quote_block(q1))
    m.extra = [("In-Reply-To", "<holiday-%d@%s>" % (m.index, ORG["dom"]))]
    m.note = L(m, "fil de discussion sur la couverture des Fêtes", "holiday coverage thread")


def pharmacy_hours_fax(m, c):
    rng, lang = m.rng, m.lang
    ph = c.community()
    m.sender = ("Fax2Mail %s" % ORG["short"], "fax2mail@" + ORG["dom"])
    m.to = [("Clinique anticoagulation", "anticoagulation@" + ORG["dom"])]
    m.charset, m.cte, m.mode = "us-ascii", "7bit", "plain"
    m.subject = "Fax recu de %s (%s) - 1 page(s)" % (ph[3], ph[0])
    m.body = "Vous avez recu une telecopie.\nExpediteur: %s\nPages: 1\n" % ph[3]
    paras = [ph[0], L(m, "AVIS À NOS PARTENAIRES", "NOTICE TO OUR PARTNERS"),
             L(m, "Nouvelles heures d'ouverture à compter du 1er juin : lun-ven 9h-21h, sam-dim 10h-17h.",
               "New opening hours from June 1: Mon-Fri 9-21, Sat-Sun 10-17."),
             L(m, "Ligne réservée aux professionnels : %s. Télécopieur : %s." % (ph[2], ph[3]),
               "Professional line: %s. Fax: %s." % (ph[2], ph[3])),
             L(m, "Service de piluliers et livraison à domicile maintenu.", "Blister packs and home delivery continue.")]
    m.attach("application/pdf", make_pdf("AVIS" if lang == "fr" else "NOTICE", paras),
             "fax_%s.pdf" % fmt_date(m.date, "compact"))
    m.note = L(m, "télécopie de pharmacie : nouvelles heures", "pharmacy fax: new hours")


TEMPLATES = [("vacation", vacation), ("payroll", payroll), ("staff_vaccine", staff_vaccine),
             ("occ_health", needlestick), ("job_posting", job_posting), ("interviews", interviews), ("baby", baby),
             ("birthdays", birthdays), ("sick_cover", sick_cover), ("it_outage", it_downtime),
             ("phishing", phishing), ("facilities", facilities), ("meeting", meeting_ics),
             ("contact_vcard", colleague_vcard), ("mileage", mileage), ("training", training),
             ("rotations", rotations), ("holiday_thread", holiday_thread), ("hours_fax", pharmacy_hours_fax)]
