"""Negative messages, part A: staff, schedules, payroll, HR, celebrations (no patient data)."""
import datetime

import gen_common as G
import gen_docs as D
from gen_ctx import who
from gen_mime import Att, Mail
from gen_pos_a import hello
from gen_pos_b import DOCX, XLSX


def nm(c, lang, category, note, sender, to, subject, date, **kw):
    return Mail(category, lang, note, sender, to, subject, date, types=[], confidential=False, **kw)


def team(c, n, unit="inh"):
    out, seen = [], []
    while len(out) < n:
        s = c.staff(unit)
        if s["full"] in seen:
            continue
        seen.append(s["full"])
        out.append(s)
    return out


def shift_schedule(c, lang):
    chief = c.staff("inh")
    d = c.when()
    staff = team(c, c.num(6, 9))
    monday = d.date() + datetime.timedelta(days=(7 - d.weekday()) % 7 or 7)
    days = [monday + datetime.timedelta(days=i) for i in range(7)]
    codes = ["J", "S", "N", "-", "J", "C"] if lang == "fr" else ["D", "E", "N", "-", "D", "V"]
    rows = [[s["full"]] + [c.pick(codes) for _ in days] for s in staff]
    hdr = ["Inhalothérapeute" if lang == "fr" else "Therapist"] + [x.strftime("%a %d") for x in days]
    if lang == "fr":
        subj = "Horaire inhalothérapie - semaine du %s" % G.fmt_date(monday, lang)
        body = "\n".join([hello(c, lang), "", "Voici l'horaire de la semaine prochaine. J = jour, S = soir, N = nuit, C = congé.",
                          "%s remplace %s au LFP mardi (formation BiPAP)." % (staff[0]["full"], staff[1]["full"]),
                          "Merci de m'aviser de tout échange avant vendredi midi.", "", G.staff_sig(chief, lang)])
    else:
        subj = "RT schedule - week of %s" % G.fmt_date(monday, lang)
        body = "\n".join([hello(c, lang), "", "Next week's schedule is below/attached. D = day, E = evening, N = night, V = vacation.",
                          "%s covers for %s in the PFT lab on Tuesday (BiPAP training)." % (staff[0]["full"], staff[1]["full"]),
                          "Please tell me about any swaps before Friday noon.", "", G.staff_sig(chief, lang)])
    if c.chance(0.5):
        x = D.xlsx_bytes("Horaire" if lang == "fr" else "Schedule", hdr, rows, author=chief["full"])
        return nm(c, lang, "schedule", "weekly staff schedule spreadsheet", who(chief), [c.unit_box("inh", lang)], subj, d,
                  text=body, atts=[Att("horaire_%s.xlsx" % monday.isoformat(), XLSX, x)])
    table = "\n".join("%-24s %s" % (r[0], " ".join("%-3s" % v for v in r[1:])) for r in rows)
    return nm(c, lang, "schedule", "weekly staff schedule in body", who(chief), [c.unit_box("inh", lang)], subj, d,
              text=body + "\n\n" + table, body_form="plain")


def leave_approval(c, lang):
    mgr, emp = c.staff("som"), c.staff("som")
    d = c.when()
    a = c.later(d.date(), 20, 90)
    z = a + datetime.timedelta(days=c.pick([4, 11, 13]))
    if lang == "fr":
        body = "\n".join(["Bonjour %s," % emp["given"], "",
                          "Ta demande de vacances du %s au %s est approuvée. Tes plages de PSG seront couvertes par %s." % (
                              G.fmt_date(a, lang), G.fmt_date(z, lang), c.staff("som")["full"]),
                          "Il te reste %d jours à la banque après cette période." % c.num(2, 14), "", G.staff_sig(mgr, lang)])
        subj = "RE: Demande de congé - approuvée"
    else:
        body = "\n".join(["Hi %s," % emp["given"], "",
                          "Your vacation request from %s to %s is approved. Your PSG nights will be covered by %s." % (
                              G.fmt_date(a, lang), G.fmt_date(z, lang), c.staff("som")["full"]),
                          "You will have %d days left in your bank after this." % c.num(2, 14), "", G.staff_sig(mgr, lang)])
        subj = "RE: Leave request - approved"
    return nm(c, lang, "hr", "staff vacation approval", who(mgr), [who(emp)], subj, d, text=body)


def payroll_notice(c, lang):
    pay = c.staff("rh")
    d = c.when()
    emp = c.staff("inh")
    mat = "%06d" % c.num(100000, 999999)
    if lang == "fr":
        body = "\n".join(["Bonjour %s," % emp["given"], "",
                          "Un ajustement de %s $ (prime de soir et de fin de semaine, période %d) sera versé sur la paie du %s." % (
                              "%d,%02d" % (c.num(40, 480), c.num(0, 99)), c.num(1, 26),
                              G.fmt_date(c.later(d.date(), 3, 14), lang)),
                          "Matricule : %s - Centre d'activité 6110 (inhalothérapie)." % mat,
                          "Le talon de paie sera disponible dans Logibec Espace employé.", "", G.staff_sig(pay, lang)])
        subj = "Ajustement de paie - primes"
    else:
        body = "\n".join(["Hi %s," % emp["given"], "",
                          "An adjustment of $%d.%02d (evening and weekend premium, period %d) will be paid on %s." % (
                              c.num(40, 480), c.num(0, 99), c.num(1, 26), G.fmt_date(c.later(d.date(), 3, 14), lang)),
                          "Employee no.: %s - cost centre 6110 (respiratory therapy)." % mat,
                          "The pay stub will be available in the employee portal.", "", G.staff_sig(pay, lang)])
        subj = "Payroll adjustment - premiums"
    return nm(c, lang, "payroll", "payroll adjustment for an employee", who(pay), [who(emp)], subj, d, text=body)


def job_posting(c, lang):
    hr = c.staff("rh")
    d = c.when()
    num = "%s-%d-%03d" % (c.pick(["INH", "TR", "INF"]), d.year, c.num(1, 300))
    unit = c.pick(["lfp", "som", "pod", "cer"])
    u = G.UNITS[unit]
    if lang == "fr":
        htm = ("<html><body><h2>Affichage %s</h2><p><b>Inhalothérapeute - %s</b><br>Poste permanent, temps complet, jour</p>"
               "<ul><li>DEC en techniques d'inhalothérapie, membre de l'OPIQ</li><li>Expérience en %s un atout</li>"
               "<li>Échelle salariale : 27,08 $ à 44,12 $/h</li></ul><p>Période d'affichage : jusqu'au %s. "
               "Postulez via le portail carrière.</p><p>%s<br>%s<br>%s</p></body></html>"
               % (num, u[0], c.pick(["polysomnographie", "épreuves de fonction respiratoire", "soins à domicile", "enseignement MPOC"]),
                  G.fmt_date(c.later(d.date(), 10, 21), lang), G.UNITS["rh"][0], G.HOSP_FR, G.HOSP_ADDR))
        subj = "Affichage de poste %s - inhalothérapeute" % num
    else:
        htm = ("<html><body><h2>Posting %s</h2><p><b>Respiratory Therapist - %s</b><br>Permanent, full time, days</p>"
               "<ul><li>Diploma in respiratory therapy, OPIQ member</li><li>Experience in %s an asset</li>"
               "<li>Salary scale: $27.08 to $44.12/h</li></ul><p>Posting open until %s. Apply through the careers portal.</p>"
               "<p>%s<br>%s<br>%s</p></body></html>"
               % (num, u[1], c.pick(["polysomnography", "pulmonary function testing", "home care", "COPD education"]),
                  G.fmt_date(c.later(d.date(), 10, 21), lang), G.UNITS["rh"][1], G.HOSP_EN, G.HOSP_ADDR))
        subj = "Job posting %s - respiratory therapist" % num
    return nm(c, lang, "job_posting", "internal job posting", who(hr), [("Tous / All staff", "tous@%s" % G.DOMAIN)], subj,
              d, html=htm, text=None, body_form="html")


def candidate_interviews(c, lang):
    hr = c.staff("rh")
    mgr = c.staff("lfp")
    d = c.when()
    day = c.later(d.date(), 3, 15)
    cands = team(c, c.num(3, 4), "rh")
    slots = ["9 h 00", "10 h 15", "13 h 30", "14 h 45"]
    if lang == "fr":
        lines = ["- %s : %s (%s)" % (slots[i], s["full"], c.pick(["finissante Cégep", "5 ans d'expérience en soins intensifs",
                                                                   "actuellement en agence", "retour au Québec après 3 ans en Ontario"]))
                 for i, s in enumerate(cands)]
        body = "\n".join([hello(c, lang, mgr["given"]), "",
                          "Voici les entrevues pour le poste au LFP, le %s (salle 1.201) :" % G.fmt_date(day, lang)] + lines +
                         ["", "Les CV sont dans le dossier partagé RH > Dotation > LFP.", "", G.staff_sig(hr, lang)])
        subj = "Entrevues - poste inhalothérapeute LFP"
    else:
        lines = ["- %s: %s (%s)" % (slots[i].replace(" h ", ":"), s["full"], c.pick(["new graduate", "5 years ICU experience",
                                                                                     "currently with an agency", "back from 3 years in Ontario"]))
                 for i, s in enumerate(cands)]
        body = "\n".join([hello(c, lang, mgr["given"]), "",
                          "Here are the interviews for the PFT lab position on %s (room 1.201):" % G.fmt_date(day, lang)] + lines +
                         ["", "CVs are in the shared HR > Staffing > PFT folder.", "", G.staff_sig(hr, lang)])
        subj = "Interviews - PFT lab RT position"
    return nm(c, lang, "hr", "job candidate interview schedule", who(hr), [who(mgr)], subj, d, text=body)


def occ_health_staff(c, lang):
    oh = c.staff("rh")
    mgr = c.staff("inh")
    emp = c.staff("inh")
    d = c.when()
    r = c.later(d.date(), 5, 30)
    if lang == "fr":
        kind = c.pick(["retour progressif", "assignation temporaire"])
        body = "\n".join([hello(c, lang, mgr["given"]), "",
                          "Santé et sécurité au travail : %s, inhalothérapeute, débutera un %s le %s à la suite de sa %s." % (
                              emp["full"], kind, G.fmt_date(r, lang), c.pick(["chirurgie à l'épaule", "entorse lombaire",
                                                                              "pneumonie", "fracture du poignet"])),
                          "Limitations : pas de soulèvement de plus de 10 kg, pas de transferts de patients pour 4 semaines.",
                          "Merci d'adapter l'horaire (LFP ou enseignement plutôt que les étages).", "",
                          G.staff_sig(oh, lang)])
        subj = "SST - retour au travail d'une employée" if c.chance(0.5) else "SST - retour progressif"
    else:
        body = "\n".join([hello(c, lang, mgr["given"]), "",
                          "Occupational health: %s, respiratory therapist, starts a graduated return on %s following %s." % (
                              emp["full"], G.fmt_date(r, lang), c.pick(["shoulder surgery", "a low-back sprain", "pneumonia",
                                                                        "a wrist fracture"])),
                          "Restrictions: no lifting over 10 kg, no patient transfers for 4 weeks.",
                          "Please adapt the schedule (PFT lab or teaching rather than the wards).", "", G.staff_sig(oh, lang)])
        subj = "Occupational health - return to work"
    return nm(c, lang, "occ_health", "employee occupational health return to work", who(oh), [who(mgr)], subj, d, text=body)


def fit_testing(c, lang):
    oh = c.staff("rh")
    d = c.when()
    staff = team(c, c.num(5, 8))
    rows = [(s["full"], c.pick(["3M 1870+", "3M 8210 M", "Halyard Fluidshield S", "3M 1860S"]), c.pick(["Réussi", "Échec - refaire"]) if lang == "fr"
             else c.pick(["Pass", "Fail - redo"]), c.later(d.date(), -30, -1).isoformat()) for s in staff]
    hdr = ["Employé", "Modèle N95", "Résultat", "Date"] if lang == "fr" else ["Employee", "N95 model", "Result", "Date"]
    csvt = D.csv_text(hdr, rows)
    if lang == "fr":
        body = "\n".join([hello(c, lang), "", "Résultats des essais d'ajustement N95 (fit test) du service d'inhalothérapie.",
                          "Les personnes en échec doivent reprendre rendez-vous avec la santé au travail.", "",
                          G.staff_sig(oh, lang)])
        subj = "Fit test N95 - résultats inhalothérapie"
    else:
        body = "\n".join([hello(c, lang), "", "N95 fit test results for the respiratory therapy department.",
                          "Anyone who failed must rebook with occupational health.", "", G.staff_sig(oh, lang)])
        subj = "N95 fit test - RT results"
    return nm(c, lang, "occ_health", "staff N95 fit test results CSV", who(oh), [c.unit_box("inh", lang)], subj, d, text=body,
              atts=[Att("fit_test_%s.csv" % d.strftime("%Y%m"), "text/csv", csvt)])


def baby_announcement(c, lang):
    s = c.staff("som")
    sender = c.staff("som")
    d = c.when()
    born = c.later(d.date(), -4, -1)
    baby = c.pick(["Léonie", "Arthur", "Mia", "Raphaël", "Jade", "Nathan"])
    w = "%d,%d kg" % (c.num(2, 4), c.num(0, 9)) if lang == "fr" else "%d lb %d oz" % (c.num(6, 9), c.num(0, 15))
    if lang == "fr":
        body = "\n".join(["Bonjour l'équipe du sommeil !", "",
                          "Bonne nouvelle : %s est l'heureuse maman de %s, né%s le %s à 3 h 12, %s." % (
                              s["full"], baby, "e" if baby in ("Léonie", "Mia", "Jade") else "", G.fmt_date(born, lang), w),
                          "Tout le monde va bien. On passe une carte au poste des technologues jusqu'à vendredi.", "",
                          sender["given"]])
        subj = "Bienvenue bébé %s !" % baby
    else:
        body = "\n".join(["Hi sleep team!", "",
                          "Great news: %s welcomed baby %s, born %s at 3:12 am, %s." % (s["full"], baby, G.fmt_date(born, lang), w),
                          "Everyone is doing well. There's a card at the tech desk until Friday.", "", sender["given"]])
        subj = "Welcome baby %s!" % baby
    return nm(c, lang, "social_staff", "colleague's baby announcement with birth date", who(sender), [c.unit_box("som", lang)],
              subj, d, text=body, body_form=c.pick(["html", "alt", "plain"]))


def staff_birthday(c, lang):
    s = c.staff("lfp")
    org = c.staff("lfp")
    d = c.when()
    age = c.pick([40, 50, 60])
    dob = datetime.date(d.year - age, d.month, min(d.day + 2, 28))
    if lang == "fr":
        body = "\n".join(["Chut, c'est une surprise !", "",
                          "%s aura %d ans le %s (née le %s pour les curieux). Gâteau au local 1.118 à 14 h 30." % (
                              s["full"], age, G.fmt_date(dob.replace(year=d.year), lang), G.fmt_date(dob, lang, "iso")),
                          "Contribution suggérée : 5 $ à %s." % org["given"], "", org["given"]])
        subj = "Fête surprise - %d ans !" % age
    else:
        body = "\n".join(["Shh, it's a surprise!", "",
                          "%s turns %d on %s (born %s, for the curious). Cake in room 1.118 at 2:30." % (
                              s["full"], age, G.fmt_date(dob.replace(year=d.year), lang), G.fmt_date(dob, lang, "iso")),
                          "Suggested contribution: $5 to %s." % org["given"], "", org["given"]])
        subj = "Surprise party - %d!" % age
    return nm(c, lang, "social_staff", "staff birthday with birth date", who(org),
              [(x["full"], x["email"]) for x in team(c, 4, "lfp")], subj, d, text=body)


def retirement(c, lang):
    s = c.staff("pod")
    mgr = c.staff("pod")
    d = c.when()
    yrs = c.num(25, 38)
    if lang == "fr":
        body = "\n".join([hello(c, lang), "",
                          "Après %d ans au programme d'oxygénothérapie à domicile, %s prend sa retraite le %s." % (
                              yrs, s["full"], G.fmt_date(c.later(d.date(), 10, 40), lang)),
                          "Des milliers de visites à domicile et toute une génération d'inhalothérapeutes formés."
                          if c.chance(0.5) else "Un pilier de l'équipe et des soins respiratoires à domicile.",
                          "5 à 7 au Bistro du Héron, 1220 rue Principale Ouest. RSVP à %s." % mgr["email"], "",
                          G.staff_sig(mgr, lang)])
        subj = "Départ à la retraite - 5 à 7"
    else:
        body = "\n".join([hello(c, lang), "",
                          "After %d years with the home oxygen program, %s retires on %s." % (
                              yrs, s["full"], G.fmt_date(c.later(d.date(), 10, 40), lang)),
                          "Thousands of COPD home visits and a whole generation of RTs trained.",
                          "Drinks at Bistro du Héron, 1220 rue Principale Ouest. RSVP to %s." % mgr["email"], "",
                          G.staff_sig(mgr, lang)])
        subj = "Retirement - farewell drinks"
    return nm(c, lang, "social_staff", "retirement party notice", who(mgr), [c.unit_box("pod", lang)], subj, d, text=body)


def student_interns(c, lang):
    coord = c.staff("inh")
    d = c.when()
    st = team(c, c.num(3, 5), "rh")
    sup = team(c, len(st))
    units = ["LFP", "Sommeil", "O2 domicile", "Soins intensifs", "Enseignement"] if lang == "fr" else \
        ["PFT lab", "Sleep", "Home O2", "ICU", "Education"]
    rows = ["%s - %s - superviseur%s : %s" % (s["full"], c.pick(units), "" if lang == "fr" else "", u["full"]) if lang == "fr"
            else "%s - %s - preceptor: %s" % (s["full"], c.pick(units), u["full"]) for s, u in zip(st, sup)]
    if lang == "fr":
        body = "\n".join([hello(c, lang), "", "Stagiaires de 3e année (Cégep de la Rivière) à partir du %s :" % G.fmt_date(c.later(d.date(), 5, 20), lang)]
                         + rows + ["", "Prévoir un casier et un code d'accès Dossier clinique.", "", G.staff_sig(coord, lang)])
        subj = "Stagiaires inhalothérapie - session d'hiver"
    else:
        body = "\n".join([hello(c, lang), "", "Third-year RT students starting %s:" % G.fmt_date(c.later(d.date(), 5, 20), lang)]
                         + rows + ["", "Please arrange a locker and EHR access.", "", G.staff_sig(coord, lang)])
        subj = "RT students - placement schedule"
    return nm(c, lang, "schedule", "student placement assignments", who(coord), [c.unit_box("inh", lang)], subj, d, text=body)


def oncall_physicians(c, lang):
    sec = c.staff("pneumo")
    d = c.when()
    mds = [c.doctor(lang) for _ in range(4)]
    start = c.later(d.date(), 3, 10)
    areas_fr = ["fibrose pulmonaire", "apnée du sommeil", "asthme sévère", "MPOC et réadaptation", "cancer du poumon"]
    areas_en = ["pulmonary fibrosis", "sleep apnea", "severe asthma", "COPD and rehab", "lung cancer"]
    lines = []
    for i, m in enumerate(mds):
        dd = start + datetime.timedelta(days=7 * i)
        if lang == "fr":
            lines.append("- semaine du %s : %s (clinique %s)" % (G.fmt_date(dd, lang), m["short"], c.pick(areas_fr)))
        else:
            lines.append("- week of %s: %s (%s clinic)" % (G.fmt_date(dd, lang), m["short"], c.pick(areas_en)))
    if lang == "fr":
        body = "\n".join([hello(c, lang), "", "Garde de pneumologie du prochain mois :"] + lines +
                         ["", "Téléavertisseur de garde : %s-555-0144." % G.AREA, "", G.staff_sig(sec, lang)])
        subj = "Calendrier de garde - pneumologie"
    else:
        body = "\n".join([hello(c, lang), "", "Respirology on-call for next month:"] + lines +
                         ["", "On-call pager: %s-555-0144." % G.AREA, "", G.staff_sig(sec, lang)])
        subj = "On-call calendar - respirology"
    return nm(c, lang, "schedule", "physician on-call roster with clinic areas", who(sec),
              [c.unit_box("inh", lang), c.unit_box("pneumo", lang)], subj, d, text=body)


def training_ics(c, lang):
    edu = c.staff("inh")
    d = c.when()
    day = c.later(d.date(), 5, 25)
    start = datetime.datetime(day.year, day.month, day.day, 13, 0)
    end = start + datetime.timedelta(hours=2)
    topic = c.pick(["BiPAP V60 - mise à jour", "Nouveau spiromètre Vyntus", "Oxygénothérapie à haut débit", "Téléchargement PPC AirView"]) \
        if lang == "fr" else c.pick(["BiPAP V60 refresher", "New Vyntus spirometer", "High-flow oxygen therapy", "AirView CPAP downloads"])
    ics = D.ics_text("form-%s@%s" % (day.strftime("%Y%m%d"), G.DOMAIN), start, end, ("Formation : " if lang == "fr" else "Training: ") + topic,
                     "Salle Laviolette (2.030)" if lang == "fr" else "Laviolette room (2.030)",
                     ("Formation obligatoire pour les inhalothérapeutes. Présentée par %s." if lang == "fr"
                      else "Mandatory training for RTs. Presented by %s.") % c.staff("inh")["full"],
                     d.astimezone(datetime.timezone.utc).replace(tzinfo=None), (edu["full"], edu["email"]))
    body = ("Invitation à la formation ci-jointe. Merci d'accepter pour confirmer votre présence.\n\n" if lang == "fr"
            else "Training invitation attached. Please accept to confirm attendance.\n\n") + G.staff_sig(edu, lang)
    return nm(c, lang, "training", "staff training calendar invite", who(edu), [c.unit_box("inh", lang)],
              ("Formation : " if lang == "fr" else "Training: ") + topic, d, text=body,
              atts=[Att("formation.ics" if lang == "fr" else "training.ics", "text/calendar", ics)])


def new_staff_vcard(c, lang):
    mgr = c.staff("cer")
    s = c.staff("cer")
    d = c.when()
    vc = D.vcard_text(s["given"], s["surname"], tel=s["ext"], street="1450, boulevard des Érablières", town="Rivière-aux-Hérons",
                      postal="G0X 3K7", org=G.HOSP_FR, email=s["email"],
                      title="Infirmière clinicienne - MPOC/asthme" if lang == "fr" else "Clinical nurse - COPD/asthma")
    if lang == "fr":
        body = "\n".join([hello(c, lang), "", "Je vous présente %s, qui se joint au Centre d'enseignement MPOC-asthme lundi." % s["full"],
                          "Elle a travaillé 8 ans en pneumologie à Pointe-aux-Saules. Sa carte de contact est jointe.", "",
                          G.staff_sig(mgr, lang)])
        subj = "Nouvelle collègue au Centre MPOC-asthme"
    else:
        body = "\n".join([hello(c, lang), "", "Please welcome %s, joining the COPD and Asthma Education Centre on Monday." % s["full"],
                          "Eight years in respirology at Pointe-aux-Saules. Contact card attached.", "", G.staff_sig(mgr, lang)])
        subj = "New colleague at the COPD/Asthma Centre"
    return nm(c, lang, "hr", "new staff introduction with business vCard", who(mgr), [c.unit_box("cer", lang)], subj, d,
              text=body, atts=[Att("%s.vcf" % s["full"], "text/vcard", vc)])


def staff_meeting_minutes(c, lang):
    sec = c.staff("inh")
    d = c.when()
    ppl = team(c, 5)
    items_fr = ["Retour sur l'agrément : LFP conforme, suivi des calibrations à documenter.",
                "Temps d'attente PSG : 7,5 mois (cible 6 mois).",
                "Projet de télésuivi PPC : 212 patients inscrits.",
                "Rappel : formation RCR à compléter avant le 31 mars."]
    items_en = ["Accreditation follow-up: PFT lab compliant, calibration logs to be documented.",
                "PSG wait time: 7.5 months (target 6 months).",
                "CPAP telemonitoring project: 212 patients enrolled.",
                "Reminder: CPR recertification due by March 31."]
    items = items_fr if lang == "fr" else items_en
    pres = ", ".join(p["full"] for p in ppl)
    if lang == "fr":
        body = "\n".join(["Compte rendu - réunion d'équipe inhalothérapie (%s)" % G.fmt_date(d.date(), lang), "",
                          "Présents : %s" % pres, ""] + ["%d. %s" % (i + 1, x) for i, x in enumerate(items)] +
                         ["", "Prochaine réunion dans un mois.", "", G.staff_sig(sec, lang)])
        subj = "Compte rendu réunion d'équipe"
    else:
        body = "\n".join(["Minutes - RT team meeting (%s)" % G.fmt_date(d.date(), lang), "", "Present: %s" % pres, ""] +
                         ["%d. %s" % (i + 1, x) for i, x in enumerate(items)] + ["", "Next meeting in a month.", "",
                                                                                G.staff_sig(sec, lang)])
        subj = "Team meeting minutes"
    if c.chance(0.5):
        doc = D.docx_bytes(body.split("\n")[0], body.split("\n")[2:], author=sec["full"])
        return nm(c, lang, "committee", "team meeting minutes DOCX", who(sec), [c.unit_box("inh", lang)], subj, d,
                  text=("Compte rendu en pièce jointe.\n\n" if lang == "fr" else "Minutes attached.\n\n") + G.staff_sig(sec, lang),
                  atts=[Att("compte_rendu.docx" if lang == "fr" else "minutes.docx", DOCX, doc)])
    return nm(c, lang, "committee", "team meeting minutes", who(sec), [c.unit_box("inh", lang)], subj, d, text=body)


TEMPLATES = [shift_schedule, leave_approval, payroll_notice, job_posting, candidate_interviews, occ_health_staff,
             fit_testing, baby_announcement, staff_birthday, retirement, student_interns, oncall_physicians, training_ics,
             new_staff_vcard, staff_meeting_minutes]
