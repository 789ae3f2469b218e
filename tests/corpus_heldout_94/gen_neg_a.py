"""Negative templates, part A: staff, HR, IT, facilities, committees, events."""
import datetime as dt

import gen_common as C
import gen_data as D
import gen_ids as I
import gen_mime as M


def _spec(cat, lang, subject, frm, to, body, note, **kw):
    s = {"cat": cat, "lang": lang, "subject": subject, "frm": frm, "to": to, "body": body,
         "types": set(), "note": note, "nams": [], "ids": {}}
    s.update(kw)
    return s


ALL_STAFF_FR = ("Équipe Relais Santé", f"equipe@{D.ORG_DOMAIN}")
ALL_STAFF_EN = ("Relais Santé staff", f"staff@{D.ORG_DOMAIN}")


def team(lang):
    return ALL_STAFF_FR if lang == "fr" else ALL_STAFF_EN


def some_staff(rng, n, exclude=()):
    pool = [s for s in C.STAFF if s.surname not in exclude]
    rng.shuffle(pool)
    return pool[:n]


# ---------------------------------------------------------------- N1 schedule
def staff_schedule(ctx, lang):
    rng = ctx.rng
    mgr = C.st(rng.choice(["Ducharme", "Dumont"]))
    start = I.future_day(rng, 3, 14)
    start = start - dt.timedelta(days=start.weekday())
    people = [C.st(x) for x in ("Lavoie", "Brisebois", "Kaba", "Diallo", "Beaulieu", "Goldberg", "Lemieux", "Benali")]
    rng.shuffle(people)
    rows = []
    for i in range(5):
        d = start + dt.timedelta(days=i)
        a, b = people[i % len(people)], people[(i + 3) % len(people)]
        rows.append((I.fmt_day(d, lang), f"{a.full}", f"{b.full}", rng.choice(["8h-16h", "12h-20h", "16h-24h"])))
    if lang == "fr":
        hdr = ["Jour", "Clinique TAO", "SCS (soir)", "Quart"]
        intro = f"Voici l'horaire de la semaine du {I.fmt_date(rng, start, 'fr', 'long')}. "
        extra = rng.choice(["La clinique PrEP sans rendez-vous est annulée mercredi (formation).",
                            "Rappel : le SCS ouvre à 10 h le jeudi à cause de la livraison de matériel.",
                            "Dre Vachon est remplacée par Dre Lemieux pour les inductions lundi.",
                            "Merci de m'aviser de tout échange de quart avant vendredi midi."])
        subj = rng.choice(["Horaire semaine", f"Horaire – semaine du {start.day} {D.MONTHS_FR[start.month - 1]}",
                           "Garde et horaire SCS", "Horaire infirmier TAO/SCS"])
    else:
        hdr = ["Day", "OAT clinic", "SCS (evening)", "Shift"]
        intro = f"Schedule for the week of {I.fmt_date(rng, start, 'en', 'long')}. "
        extra = rng.choice(["The PrEP walk-in is cancelled Wednesday (training).",
                            "Reminder: the SCS opens at 10 on Thursday because of the supply delivery.",
                            "Dr. Lemieux covers Dr. Vachon's inductions on Monday.",
                            "Please let me know about shift swaps before Friday noon."])
        subj = rng.choice(["Weekly schedule", "Schedule – SCS and OAT clinic", "Nursing schedule"])
    text = (f"{C.greet(rng, lang)}\n\n{intro}{extra}\n\n" + "\n".join(" | ".join(r) for r in rows) +
            f"\n\n{C.close(rng, lang)}\n{C.signature(rng, mgr, lang)}")
    html = None
    if rng.random() < 0.5:
        html = (f"<html><body><p>{M.html_escape(C.greet(rng, lang))}</p><p>{M.html_escape(intro + extra)}</p>"
                + M.html_table(rows, hdr) + f"<p>{M.html_escape(mgr.full)}</p></body></html>\n")
    return _spec("staff_schedule", lang, subj, mgr.who(lang), [team(lang)], text, "staff schedule", html=html)


# ---------------------------------------------------------------- N2 leave request
def leave_request(ctx, lang):
    rng = ctx.rng
    emp = C.st(rng.choice(["Lavoie", "Brisebois", "Kaba", "Restrepo", "Beaulieu", "Diallo", "Nolet"]))
    mgr = C.st("Dumont")
    d1 = I.future_day(rng, 20, 80)
    d2 = d1 + dt.timedelta(days=rng.randrange(3, 15))
    if lang == "fr":
        req = (f"Bonjour Patrice,\n\nJe souhaiterais prendre mes vacances du {I.fmt_date(rng, d1, 'fr', 'long')} au "
               f"{I.fmt_date(rng, d2, 'fr', 'long')}. {rng.choice(['Stéphanie a accepté de me remplacer pour les inductions.', 'Il me reste 11 jours en banque.', 'J’ai vérifié avec l’équipe, pas de conflit.'])}\n\nMerci,\n{emp.given}")
        subj = rng.choice(["Demande de vacances", "Vacances été", "Congé – demande"])
        if rng.random() < 0.5:
            body = C.reply_body(rng, rng.choice(["Approuvé, bonnes vacances!", "Ok pour moi, je l'entre dans Logibec.",
                                                 "Approuvé sauf la dernière semaine, on s'en parle?"]) + "\n\nPatrice",
                                req, f"{emp.full} <{emp.addr}>", subj, "fr")
            return _spec("leave_request", lang, "RE: " + subj, mgr.who(lang), [emp.who(lang)], body, "leave request reply")
        return _spec("leave_request", lang, subj, emp.who(lang), [mgr.who(lang)], req, "staff leave request")
    req = (f"Hi Patrice,\n\nI'd like to book vacation from {I.fmt_date(rng, d1, 'en', 'long')} to "
           f"{I.fmt_date(rng, d2, 'en', 'long')}. {rng.choice(['Stephanie agreed to cover my inductions.', 'I have 11 days banked.', 'Checked with the team, no conflict.'])}\n\nThanks,\n{emp.given}")
    subj = rng.choice(["Vacation request", "Time off request"])
    if rng.random() < 0.5:
        body = C.reply_body(rng, rng.choice(["Approved - enjoy!", "OK, entering it now.", "Approved except the last week, let's chat."]) +
                            "\n\nPatrice", req, f"{emp.full} <{emp.addr}>", subj, "en")
        return _spec("leave_request", lang, "RE: " + subj, mgr.who(lang), [emp.who(lang)], body, "leave request reply")
    return _spec("leave_request", lang, subj, emp.who(lang), [mgr.who(lang)], req, "staff leave request")


# ---------------------------------------------------------------- N3 occupational health (staff)
def occ_health_staff(ctx, lang):
    rng = ctx.rng
    emp = C.st(rng.choice(["Brisebois", "Kaba", "Lavoie", "Diallo"]))
    sst = ("Santé et sécurité au travail" if lang == "fr" else "Occupational Health", f"sst@{D.ORG_DOMAIN}")
    mgr = C.st("Dumont")
    kind = rng.choice(["needle", "vaccine", "tb"])
    if lang == "fr":
        body = {"needle": (f"Bonjour,\n\nDéclaration d'accident de travail : {emp.full} ({emp.role_fr}) s'est piqué{I.e(emp, '', 'e')} avec une "
                           f"aiguille souillée en vidant un contenant au SCS hier vers 21 h. Protocole d'exposition au sang appliqué : "
                           f"évaluation à l'urgence, PPE débutée par précaution, sérologies de base faites. Formulaire ADR rempli. "
                           f"Suivi par le bureau de santé du personnel.\n\nMerci de prévoir le remplacement de ses quarts cette semaine."),
                "vaccine": (f"Bonjour,\n\nRappel : selon nos registres, la série de vaccination hépatite B de {emp.full} n'est pas complétée "
                            f"(2e dose due). Le bureau de santé du personnel offre la vaccination les mardis de 8 h à 11 h. "
                            f"Merci de prendre rendez-vous."),
                "tb": (f"Bonjour,\n\nLe TCT de dépistage annuel des employé{I.e(emp, 's', 'es')} du SCS est dû pour {emp.full}. "
                       f"Lecture 48-72 h après l'injection. Merci de passer au bureau de santé du personnel d'ici le 31.")}[kind]
        subj = {"needle": "Accident de travail – piqûre d'aiguille (employé)", "vaccine": "Vaccination hépatite B – employés",
                "tb": "Dépistage TCT annuel – personnel SCS"}[kind]
    else:
        body = {"needle": (f"Hello,\n\nWorkplace injury report: {emp.full} ({emp.role_en}) had a needlestick injury from a used needle "
                           f"while emptying a sharps container at the SCS last night. Blood exposure protocol followed: ER assessment, "
                           f"PEP started as a precaution, baseline serology done. Staff health will follow up.\n\nPlease arrange shift coverage."),
                "vaccine": (f"Hello,\n\nReminder: our records show {emp.full}'s hepatitis B vaccine series is incomplete (dose 2 due). "
                            f"Staff health offers vaccination Tuesdays 8-11 am."),
                "tb": (f"Hello,\n\nAnnual TST screening for SCS staff is due for {emp.full}. Reading 48-72 h after placement. "
                       f"Please drop by staff health by the 31st.")}[kind]
        subj = {"needle": "Workplace injury – needlestick (staff)", "vaccine": "Hep B vaccination – staff",
                "tb": "Annual TST – SCS staff"}[kind]
    body += "\n\n" + C.signature(rng, mgr, lang)
    return _spec("occ_health_staff", lang, subj, mgr.who(lang), [sst], body,
                 "employee occupational health (staff, not a patient)", cc=[emp.who(lang)] if kind != "needle" else None)


# ---------------------------------------------------------------- N4 payroll / HR
def payroll_hr(ctx, lang):
    rng = ctx.rng
    hr = C.st("Rioux")
    if lang == "fr":
        subj, body = rng.choice([
            ("Relevés 1 et T4 disponibles", "Bonjour à tous,\n\nVos relevés 1 et feuillets T4 2024 sont disponibles dans le portail employé "
             "(section Paie > Documents fiscaux). En cas de problème d'accès, écrivez à paie@relais-sante.example en indiquant "
             "votre numéro d'employé (jamais votre NAS par courriel)."),
            ("Changement de période de paie", "Bonjour,\n\nÀ compter du 1er avril, la paie sera versée aux deux semaines le jeudi. "
             "La période 2025-07 sera donc exceptionnellement de 9 jours. Les primes de soir (SCS) et de fin de semaine ne changent pas."),
            ("Ajustement salarial – infirmières", "Bonjour,\n\nL'ajustement rétroactif prévu à la convention collective (FIQ) sera versé "
             "sur la paie du 10 avril. Un relevé détaillé suivra. Pour les questions, prenez rendez-vous avec moi."),
            ("CONFIDENTIEL – RH : évaluation de probation", "Bonjour Patrice,\n\nLe formulaire d'évaluation de fin de probation de "
             f"{C.st(rng.choice(['Kaba', 'Diallo', 'Nolet'])).full} est à compléter d'ici vendredi. Numéro d'employé : "
             f"{rng.randrange(200000, 299999)}. Merci!"),
        ])
    else:
        subj, body = rng.choice([
            ("T4 and RL-1 slips available", "Hello all,\n\nYour 2024 T4 and RL-1 slips are in the employee portal (Pay > Tax documents). "
             "If you can't log in, e-mail payroll@relais-sante.example with your employee number (never your SIN by e-mail)."),
            ("Pay period change", "Hello,\n\nStarting April 1, pay will be biweekly on Thursdays. Period 2025-07 will be 9 days. "
             "Evening (SCS) and weekend premiums are unchanged."),
            ("CONFIDENTIAL – HR: probation review", f"Hi Patrice,\n\nThe end-of-probation review for "
             f"{C.st(rng.choice(['Kaba', 'Diallo', 'Nolet'])).full} is due Friday. Employee no. {rng.randrange(200000, 299999)}. Thanks!"),
        ])
    body += "\n\n" + C.signature(rng, hr, lang)
    to = [team(lang)] if "Patrice" not in body else [C.st("Dumont").who(lang)]
    return _spec("payroll_hr", lang, subj, hr.who(lang), to, body, "payroll / HR notice")


# ---------------------------------------------------------------- N5 job posting
def job_posting(ctx, lang):
    rng = ctx.rng
    hr = C.st("Rioux")
    if lang == "fr":
        job = rng.choice([("Infirmière ou infirmier clinicien – TAO et SCS", "Évaluation et suivi des usagers en TAO, inductions "
                           "buprénorphine et méthadone, interventions en surdose au SCS, dépistage ITSS."),
                          ("Travailleur ou travailleuse de rue", "Présence dans le quartier Centre-Sud, distribution de matériel "
                           "de consommation et de naloxone, accompagnement vers les services (TAO, VHC, logement)."),
                          ("Pair aidant – réduction des méfaits", "Expérience vécue de consommation souhaitée; accueil au SCS, "
                           "formation naloxone, liaison avec les organismes communautaires."),
                          ("Agent(e) administratif(ve) classe 2", "Accueil, prise de rendez-vous PrEP et ITSS, numérisation, "
                           "facturation RAMQ.")])
        body = (f"Affichage interne et externe no {rng.randrange(2025001, 2025099)}\n\n{job[0]}\nPoste permanent, "
                f"{rng.choice(['temps complet, 35 h/sem.', 'temps partiel 3 jours/sem.', 'soir et fin de semaine'])}\n\n"
                f"Principales tâches : {job[1]}\n\nExigences : bilinguisme (français/anglais) un atout; connaissance de "
                f"l'approche de réduction des méfaits.\nSalaire selon l'échelle du réseau.\n\nFaire parvenir votre CV à "
                f"emplois@{D.ORG_DOMAIN} avant le {I.fmt_date(rng, I.future_day(rng, 10, 30), 'fr', 'long')}.")
        subj = f"Affichage de poste – {job[0]}"
    else:
        job = rng.choice([("Clinical nurse – OAT and supervised consumption", "assessment and follow-up of OAT clients, "
                           "buprenorphine and methadone inductions, overdose response, STBBI testing."),
                          ("Outreach worker", "street presence in Centre-Sud, harm-reduction supplies and naloxone, "
                           "accompaniment to services (OAT, hep C, housing)."),
                          ("Peer worker – harm reduction", "lived experience an asset; SCS reception, naloxone training.")])
        body = (f"Posting #{rng.randrange(2025001, 2025099)}\n\n{job[0]}\nPermanent, "
                f"{rng.choice(['full-time', 'part-time (3 days/week)', 'evenings and weekends'])}\n\nDuties: {job[1]}\n\n"
                f"French and English required. Send your resume to jobs@{D.ORG_DOMAIN} before "
                f"{I.fmt_date(rng, I.future_day(rng, 10, 30), 'en', 'long')}.")
        subj = f"Job posting – {job[0]}"
    body += "\n\n" + C.signature(rng, hr, lang)
    return _spec("job_posting", lang, subj, hr.who(lang), [team(lang)], body, "job posting")


# ---------------------------------------------------------------- N6 IT notice
def it_notice(ctx, lang):
    rng = ctx.rng
    it = C.st("Giguère")
    d = I.future_day(rng, 2, 12)
    if lang == "fr":
        subj, body = rng.choice([
            ("Interruption du DME samedi", f"Bonjour,\n\nLe dossier médical électronique sera inaccessible {I.fmt_day(d, 'fr')} de 22 h à 2 h "
             f"(mise à jour 12.4). Procédure dégradée : utilisez les feuilles de dose papier (classeur rouge au poste infirmier) et "
             f"saisissez-les lundi. Le module de prescription TAO sera aussi arrêté."),
            ("ALERTE hameçonnage", "Bonjour,\n\nPlusieurs d'entre vous ont reçu un courriel « Votre boîte est pleine – valider votre compte ». "
             "C'est une tentative d'hameçonnage. Ne cliquez pas sur le lien. Si vous avez entré votre mot de passe, appelez le 514-555-0177."),
            ("Changement de mot de passe obligatoire", "Bonjour,\n\nLa politique exige un changement de mot de passe aux 90 jours. "
             "Le vôtre expire dans 5 jours. Minimum 14 caractères. Le MFA reste requis pour l'accès à distance."),
            ("Nouveau télécopieur – 2e étage", f"Bonjour,\n\nLe télécopieur du 2e étage (ITSS/PrEP) est remplacé {I.fmt_day(d, 'fr')}. "
             f"Nouveau numéro interne : poste 2290. No de série de l'appareil : {rng.randrange(10**8, 10**9)}. "
             f"Les télécopies reçues seront acheminées dans la boîte partagée."),
        ])
    else:
        subj, body = rng.choice([
            ("EMR downtime Saturday", f"Hello,\n\nThe EMR will be down {I.fmt_day(d, 'en')} from 10 pm to 2 am (v12.4 upgrade). "
             "Use the paper dosing sheets (red binder at the nursing station) and enter them Monday."),
            ("Phishing ALERT", "Hello,\n\nSeveral of you received 'Your mailbox is full - validate your account'. It's phishing. Do not click. "
             "If you entered your password, call 514-555-0177."),
            ("Mandatory password change", "Hello,\n\nYour password expires in 5 days. Minimum 14 characters; MFA still required."),
        ])
    body += "\n\n" + C.signature(rng, it, lang)
    return _spec("it_notice", lang, subj, it.who(lang), [team(lang)], body, "IT notice")


# ---------------------------------------------------------------- N7 facilities
def facilities(ctx, lang):
    rng = ctx.rng
    who = ("Service des installations" if lang == "fr" else "Facilities", f"installations@{D.ORG_DOMAIN}")
    d = I.future_day(rng, 2, 20)
    if lang == "fr":
        subj, body = rng.choice([
            ("Travaux – cabines du SCS", f"Bonjour,\n\nLes cabines 4 à 6 du SCS seront fermées {I.fmt_day(d, 'fr')} pour "
             f"l'installation de la nouvelle ventilation (hotte pour inhalation). Capacité réduite à 3 postes d'injection "
             f"et 1 poste d'inhalation. Merci d'en informer les usagers à l'accueil."),
            ("Stationnement – déneigement", "Bonjour,\n\nDéneigement cette nuit : veuillez libérer le stationnement arrière avant 23 h. "
             "Les véhicules restants seront remorqués."),
            ("Panne d'eau chaude", "Bonjour,\n\nPanne d'eau chaude au 1er étage (douches du refuge de jour et salle de soins). "
             "Le plombier est attendu demain matin."),
            ("Contenants biorisques – nouvelle collecte", "Bonjour,\n\nLa collecte des contenants pour seringues passe désormais le "
             "mardi et le vendredi. Merci de ne pas remplir au-delà de la ligne."),
        ])
    else:
        subj, body = rng.choice([
            ("Work – SCS booths", f"Hello,\n\nBooths 4 to 6 at the SCS will be closed {I.fmt_day(d, 'en')} for the new inhalation "
             f"ventilation hood. Capacity down to 3 injection and 1 inhalation spot."),
            ("Parking – snow removal", "Hello,\n\nSnow removal tonight: clear the back lot by 11 pm."),
            ("Sharps pick-up schedule", "Hello,\n\nSharps containers are now picked up Tuesdays and Fridays. Do not overfill."),
        ])
    body += "\n\n" + (D.ORG_FR if lang == "fr" else D.ORG_EN) + "\n" + D.ORG_ADDR + "\n" + D.ORG_PHONE
    return _spec("facilities", lang, subj, who, [team(lang)], body, "facilities notice")


# ---------------------------------------------------------------- N8 committee
def committee_notice(ctx, lang):
    rng = ctx.rng
    sec = C.st(rng.choice(["Côté", "Ducharme"]))
    d = I.future_day(rng, 5, 25)
    if lang == "fr":
        com = rng.choice(["Comité de pharmacologie", "Comité qualité et gestion des risques", "Comité d'éthique clinique",
                          "Table de concertation réduction des méfaits Centre-Sud"])
        items = rng.sample(["Adoption du procès-verbal", "Révision de l'ordonnance collective naloxone",
                            "Protocole d'induction rapide méthadone (M. Tessier)", "Statistiques d'incidents T3 (surdoses : 41, aucune issue fatale)",
                            "Mise à jour ordonnance collective PrEP (Dr Haddad)", "Pénurie Bicillin L-A : plan de contingence",
                            "Varia"], 5)
        body = (f"Bonjour,\n\nVous êtes convoqué(e)s à la rencontre du {com} le {I.fmt_day(d, 'fr')} à 12 h 00, "
                f"salle Papineau (et Teams).\n\nOrdre du jour :\n" + "\n".join(f"{i + 1}. {t}" for i, t in enumerate(items)) +
                "\n\nLe dîner est offert. Merci de confirmer votre présence.")
        subj = f"Convocation – {com}"
    else:
        com = rng.choice(["Pharmacy & Therapeutics Committee", "Quality and Risk Committee", "Harm Reduction Working Group"])
        items = rng.sample(["Minutes", "Naloxone standing order review", "Rapid methadone induction protocol (H. Tessier)",
                            "Q3 incident statistics (41 overdoses, no deaths)", "PrEP standing order update (Dr. Haddad)",
                            "Bicillin L-A shortage contingency", "Other business"], 5)
        body = (f"Hello,\n\nThe {com} meets {I.fmt_day(d, 'en')} at noon, Papineau room (and Teams).\n\nAgenda:\n"
                + "\n".join(f"{i + 1}. {t}" for i, t in enumerate(items)) + "\n\nLunch provided. Please RSVP.")
        subj = f"Meeting notice – {com}"
    body += "\n\n" + C.signature(rng, sec, lang)
    return _spec("committee_notice", lang, subj, sec.who(lang), [team(lang)], body, "committee notice with agenda")


# ---------------------------------------------------------------- N9 conference programme
def conference(ctx, lang):
    rng = ctx.rng
    org = C.st(rng.choice(["Côté", "Ducharme", "Vachon"]))
    talks_fr = [("Dre Amélie Vachon", "Induction de la buprénorphine à l'ère du fentanyl"),
                ("Dr Karim Haddad", "PrEP injectable : où en sommes-nous?"),
                ("Dre Priya Raman", "Éliminer l'hépatite C chez les personnes qui s'injectent"),
                ("Dr Ahmed Zerrouki", "Recrudescence de la syphilis au Québec : données 2024"),
                ("Fatou Diallo, paire aidante", "Le savoir expérientiel au SCS"),
                ("Dr Daniel Weiss", "TAO injectable (hydromorphone) : résultats d'un an"),
                ("Hugo Tessier, pharmacien", "Xylazine et nitazènes : ce que le pharmacien doit savoir")]
    talks_en = [("Dr. Amélie Vachon", "Buprenorphine induction in the fentanyl era"),
                ("Dr. Karim Haddad", "Long-acting injectable PrEP: where are we?"),
                ("Dr. Priya Raman", "Eliminating hepatitis C among people who inject drugs"),
                ("Dr. Ahmed Zerrouki", "The syphilis resurgence: 2024 data"),
                ("Dr. Daniel Weiss", "Injectable OAT: one-year outcomes"),
                ("Hugo Tessier, pharmacist", "Xylazine and nitazenes: what pharmacists need to know")]
    talks = rng.sample(talks_fr if lang == "fr" else talks_en, 4)
    d = I.future_day(rng, 20, 60)
    hours = ["8 h 30", "9 h 30", "10 h 45", "13 h 00"] if lang == "fr" else ["8:30", "9:30", "10:45", "1:00"]
    prog = "\n".join(f"{h} – {t} ({s})" for h, (s, t) in zip(hours, talks))
    if lang == "fr":
        body = (f"Bonjour,\n\nVoici le programme de la Journée annuelle en médecine des dépendances et santé sexuelle "
                f"({I.fmt_day(d, 'fr')}, Centre des congrès, salle 517) :\n\n{prog}\n\n6 heures de crédits DPC. Inscription "
                f"gratuite pour le personnel du réseau.")
        subj = "Programme – Journée annuelle dépendances et santé sexuelle"
    else:
        body = (f"Hello,\n\nHere is the programme for the annual Addiction Medicine & Sexual Health Day ({I.fmt_day(d, 'en')}, "
                f"Convention Centre, room 517):\n\n{prog}\n\n6 CPD credits. Free for network staff.")
        subj = "Programme – Annual Addiction Medicine & Sexual Health Day"
    body += "\n\n" + C.signature(rng, org, lang)
    return _spec("conference", lang, subj, org.who(lang), [team(lang)], body, "conference programme with speakers")


# ---------------------------------------------------------------- N10 social event
def social_event(ctx, lang):
    rng = ctx.rng
    org = C.st(rng.choice(["Ducharme", "Restrepo", "Diallo"]))
    hon = C.st(rng.choice(["Nolet", "Tessier", "Lacasse", "Kaba"]))
    d = I.future_day(rng, 5, 30)
    if lang == "fr":
        subj, body = rng.choice([
            (f"5 à 7 – départ à la retraite", f"Bonjour à tous,\n\nAprès 27 ans au service des usagers du Centre-Sud, {hon.full} "
             f"prend sa retraite! 5 à 7 {I.fmt_day(d, 'fr')} au Bar Le Fleuve. Contribution pour le cadeau : enveloppe à l'accueil."),
            ("Soirée de reconnaissance des bénévoles", f"Bonjour,\n\nLa soirée de reconnaissance des bénévoles de la distribution "
             f"de matériel aura lieu {I.fmt_day(d, 'fr')}. Merci de confirmer le nombre de personnes de votre équipe."),
            ("Dîner-partage de l'équipe", f"Allô l'équipe!\n\nDîner-partage {I.fmt_day(d, 'fr')} midi dans la grande salle. "
             f"Inscrivez votre plat sur la feuille du frigo 🍲"),
        ])
    else:
        subj, body = rng.choice([
            ("Retirement party", f"Hi all,\n\nAfter 27 years, {hon.full} is retiring! Drinks {I.fmt_day(d, 'en')} 5-7 pm at Bar Le Fleuve."),
            ("Volunteer appreciation night", f"Hello,\n\nThe harm-reduction volunteers appreciation night is {I.fmt_day(d, 'en')}. Please RSVP."),
            ("Team potluck", f"Hey team!\n\nPotluck {I.fmt_day(d, 'en')} at noon in the big room. Sign up on the fridge sheet 🍲"),
        ])
    body += "\n\n" + org.given
    return _spec("social_event", lang, subj, org.who(lang), [team(lang)], body, "staff social event")
