"""Negative (not confidential) messages, part B: HR, schedules, committees, directories, facilities,
policies.  Staff information is not confidential under the definition (incl. an employee's own
occupational health)."""
import datetime

from gen_attach import make_ics, make_pdf, make_vcard, make_xlsx
from gen_clin import CONDITIONS, cond
from gen_common import MONTHS_FR

JFR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
JEN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
from gen_neg_a import PLATFORMS, alllist, neg
from gen_pos_a import appt_dt, appt_text, org, short_date, staff
from gen_text import ORGS_FR, close, display, email_of, greet, quote, reply_intro, role_title, signature


# --------------------------------------------------------------------------- 10 staff schedule XLSX
def staff_schedule(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en", "fr", "en", "fr"][i % 6]
    o = org(ctx, lang)
    mg, mg_a = staff(ctx, "mgr", o, lang)
    when = ctx.when()
    start = when.date() + datetime.timedelta(days=(7 - when.weekday()) % 7 or 7)
    days = [(start + datetime.timedelta(days=k)) for k in range(7)]
    hdr = ["Employé" if lang == "fr" else "Employee", "Titre" if lang == "fr" else "Role"] + [("%s %02d" % ((JFR if lang == "fr" else JEN)[d.weekday()], d.day)) for d in days]
    rows = [hdr]
    for _ in range(rng.randrange(6, 11)):
        p = ctx.staff()
        role = rng.choice(["rn", "resp", "clerk"])
        rows.append(["%s %s" % (p["given"], p["surname"]), role_title(p, role, lang)] +
                    [rng.choice(["J 7-15", "S 15-23", "N 23-7", "—", "—", "Congé" if lang == "fr" else "Off", "Formation" if lang == "fr" else "Training"])
                     for _ in days])
    x = make_xlsx([("Horaire" if lang == "fr" else "Schedule", rows)], author=mg["given"])
    if lang == "fr":
        body = ("%s\n\nVoici l'horaire du centre de télésurveillance pour la semaine du %s. Deux quarts de soir sont encore à combler "
                "(mercredi et samedi); les intéressé(e)s me répondent directement.\n\n%s") % (
            greet(ctx, lang), days[0].strftime("%d/%m"), signature(ctx, mg, "mgr", o, lang))
        subj = "Horaire télésurveillance – semaine du %s" % days[0].strftime("%d/%m")
    else:
        body = "%s\n\nRPM centre schedule for the week of %s attached. Two evening shifts still open.\n\n%s" % (
            greet(ctx, lang), days[0].strftime("%b %d"), signature(ctx, mg, "mgr", o, lang))
        subj = "RPM centre schedule - week of %s" % days[0].strftime("%b %d")
    return neg("staff_schedule", lang, "staff shift schedule spreadsheet", subject=subj, date=when, text=body,
               attachments=[{"filename": "horaire_%s.xlsx" % days[0].strftime("%Y%m%d"),
                             "ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "data": x}],
               **{"from": mg_a, "to": alllist(o, lang)})


# --------------------------------------------------------------------------- 11 leave request
def hr_leave(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en", "fr", "en"][i % 5]
    o = org(ctx, lang)
    e, e_a = staff(ctx, rng.choice(["rn", "clerk", "it"]), o, lang)
    mg, mg_a = staff(ctx, "mgr", o, lang)
    when = ctx.when()
    a = ctx.future_date(when, (14, 60))
    b = a + datetime.timedelta(days=rng.randrange(3, 15))
    if lang == "fr":
        body = ("%s\n\nJe souhaiterais prendre des vacances du %s au %s inclusivement. %s a accepté d'échanger mon quart de fin de "
                "semaine à la clinique virtuelle. Merci de me confirmer.\n\n%s") % (
            greet(ctx, lang, mg["given"]), a.strftime("%d/%m"), b.strftime("%d/%m"), ctx.staff()["given"], e["given"])
        subj = rng.choice(["Demande de vacances", "Congé – %s" % MONTHS_FR[a.month - 1]])
    else:
        body = "%s\n\nI'd like to request vacation from %s to %s. %s agreed to swap my weekend shift.\n\n%s" % (
            greet(ctx, lang, mg["given"]), a.isoformat(), b.isoformat(), ctx.staff()["given"], e["given"])
        subj = "Vacation request"
    return neg("hr_leave", lang, "employee vacation request", subject=subj, date=when, text=body,
               **{"from": e_a, "to": [mg_a]})


# --------------------------------------------------------------------------- 12 employee's own occupational health
def hr_occ_health(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr", "fr"][i % 4]
    o = org(ctx, lang)
    hr, hr_a = staff(ctx, "hr", o, lang)
    mg, mg_a = staff(ctx, "mgr", o, lang)
    e = ctx.staff()
    when = ctx.when()
    k = i % 4
    if lang == "fr":
        if k == 0:
            body = ("%s\n\nSuite à son billet médical, %s %s (infirmière, télésurveillance) reprendra le travail en retour progressif "
                    "à compter du %s : 3 jours/semaine, tâches en télétravail seulement pour 4 semaines. Merci d'adapter l'horaire.\n\n%s") % (
                greet(ctx, lang, mg["given"]), e["given"], e["surname"], fmt(ctx.future_date(when)), signature(ctx, hr, "hr", o, lang))
            subj = "Retour progressif – employée"
        elif k == 2:
            body = ("%s\n\nLa clinique de vaccination du personnel (influenza et COVID-19) aura lieu au local A-110 les %s. "
                    "Les employés de la clinique virtuelle peuvent s'y présenter sans rendez-vous. Taux de vaccination actuel "
                    "de l'équipe : %d %%.\n\n%s") % (greet(ctx, lang), "mardi et jeudi", rng.randrange(40, 80), signature(ctx, hr, "hr", o, lang))
            subj = "Vaccination du personnel"
        else:
            body = ("%s\n\nPour la déclaration CNESST de %s %s (entorse au poignet en manipulant une trousse de télésurveillance), "
                    "il manque votre signature de gestionnaire sur le formulaire ADR. Merci de le faire d'ici vendredi.\n\n%s") % (
                greet(ctx, lang, mg["given"]), e["given"], e["surname"], signature(ctx, hr, "hr", o, lang))
            subj = "Déclaration d'accident de travail – signature requise"
    else:
        body = ("%s\n\n%s %s will return on modified duties from %s (remote work only, no lifting > 5 kg) following a back injury at work. "
                "Please adjust the RPM schedule accordingly.\n\n%s") % (
            greet(ctx, lang, mg["given"]), e["given"], e["surname"], fmt(ctx.future_date(when)), signature(ctx, hr, "hr", o, lang))
        subj = "Modified duties - return to work"
    return neg("hr_occ_health", lang, "employee occupational-health / return-to-work (staff info)",
               subject=subj, date=when, text=body, **{"from": hr_a, "to": [mg_a]})


def fmt(d):
    return d.strftime("%Y-%m-%d")


# --------------------------------------------------------------------------- 13 payroll
def payroll(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr"][i % 3]
    o = org(ctx, lang)
    p_a = ("Service de la paie" if lang == "fr" else "Payroll", "paie@%s" % o[1])
    when = ctx.when()
    if lang == "fr":
        body = ("Bonjour,\n\nLa période de paie %d se termine le %s. Les primes de soir et de fin de semaine du centre de "
                "télésurveillance doivent être saisies dans Logibec avant midi. Le dépôt aura lieu le %s.\n\nService de la paie\n%s") % (
            rng.randrange(1, 27), fmt(ctx.future_date(when, (1, 5))), fmt(ctx.future_date(when, (6, 12))), o[0])
        subj = "Rappel – fin de période de paie"
    else:
        body = ("Hello,\n\nPay period %d closes on %s. Evening and weekend premiums for the RPM centre must be entered by noon.\n\nPayroll\n%s") % (
            rng.randrange(1, 27), fmt(ctx.future_date(when, (1, 5))), o[0])
        subj = "Reminder - pay period close"
    return neg("payroll", lang, "payroll reminder", subject=subj, date=when, text=body, **{"from": p_a, "to": alllist(o, lang)})


# --------------------------------------------------------------------------- 14 job posting
def job_posting(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en", "fr", "en"][i % 5]
    o = org(ctx, lang)
    hr, hr_a = staff(ctx, "hr", o, lang)
    when = ctx.when()
    post = rng.choice([("Infirmière ou infirmier clinicien – télésurveillance de l'insuffisance cardiaque", "Clinical nurse - heart failure remote monitoring"),
                       ("Technicienne ou technicien en soutien TI – clinique virtuelle", "IT support technician - virtual clinic"),
                       ("Agente ou agent administratif – prise de rendez-vous virtuels", "Administrative agent - virtual scheduling"),
                       ("Inhalothérapeute – programme MPOC à domicile", "Respiratory therapist - home COPD program")])
    num = "%d-%04d" % (when.year, rng.randrange(10000))
    if lang == "fr":
        body = ("AFFICHAGE INTERNE %s\n\nPoste : %s\nStatut : temps complet, jour\nPort d'attache : %s\n\n"
                "Exigences : permis d'exercice valide, aisance avec les outils numériques, expérience auprès de la clientèle "
                "atteinte de maladies chroniques (atout).\n\nPériode d'affichage : jusqu'au %s.\n\nRessources humaines\n%s") % (
            num, post[0], rng.choice(["Val-Fleuri", "Lac-Brumeux", "Sainte-Ovide"]), fmt(ctx.future_date(when, (10, 20))), o[0])
        subj = "Affichage %s – %s" % (num, post[0].split(" –")[0])
    else:
        body = ("INTERNAL POSTING %s\n\nPosition: %s\nStatus: full time, days\n\nRequirements: valid licence, comfort with digital tools, "
                "experience with chronic disease clients an asset.\n\nPosting closes %s.\n\nHuman Resources\n%s") % (
            num, post[1], fmt(ctx.future_date(when, (10, 20))), o[0])
        subj = "Job posting %s - %s" % (num, post[1])
    return neg("job_posting", lang, "internal job posting", subject=subj, date=when, text=body,
               mode=rng.choice(["html", "alt", "plain"]), **{"from": hr_a, "to": alllist(o, lang)})


# --------------------------------------------------------------------------- 15 committee notice with ICS
def committee(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en", "fr", "en"][i % 5]
    o = org(ctx, lang)
    ch, ch_a = staff(ctx, rng.choice(["mgr", "md"]), o, lang)
    when = ctx.when()
    m = appt_dt(ctx, when)
    name = rng.choice([("Comité de la qualité des soins virtuels", "Virtual care quality committee"),
                       ("Comité de pharmacologie", "Pharmacy and therapeutics committee"),
                       ("Comité de sécurité de l'information", "Information security committee")])
    agenda_fr = ["Adoption du procès-verbal", "Indicateurs du trimestre (délais de réponse aux alertes)",
                 "Protocole d'ajustement du furosémide en télésurveillance IC", "Gestion des incidents de confidentialité", "Varia"]
    agenda_en = ["Minutes approval", "Quarterly indicators (alert response times)", "Diuretic titration protocol for HF monitoring",
                 "Privacy incident management", "Other business"]
    ag = agenda_fr if lang == "fr" else agenda_en
    body = ("%s\n\nVous êtes convoqué(e)s à la prochaine réunion du %s.\n\nOrdre du jour :\n%s\n\n%s" if lang == "fr" else
            "%s\n\nYou are invited to the next meeting of the %s.\n\nAgenda:\n%s\n\n%s") % (
        greet(ctx, lang), (name[0] if lang == "fr" else name[1]), "\n".join("%d. %s" % (k + 1, a) for k, a in enumerate(ag)),
        signature(ctx, ch, "mgr", o, lang))
    ics = make_ics("com-%d@%s" % (rng.randrange(10**6, 10**7), o[1]), m, m + datetime.timedelta(hours=1),
                   name[0] if lang == "fr" else name[1], "\n".join(ag), location="Teams / salle B-301",
                   organizer=(ch["given"] + " " + ch["surname"], ch_a[1]))
    return neg("committee", lang, "committee meeting notice with agenda and ICS",
               subject=("Convocation – " if lang == "fr" else "Meeting notice - ") + (name[0] if lang == "fr" else name[1]),
               date=when, text=body, attachments=[{"filename": "convocation.ics" if lang == "fr" else "meeting.ics",
                                                   "ctype": "text/calendar", "text": ics, "params": ["method=REQUEST"]}],
               **{"from": ch_a, "to": alllist(o, lang)})


# --------------------------------------------------------------------------- 16 staff meeting ICS only
def staff_meeting(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr", "fr"][i % 4]
    o = org(ctx, lang)
    mg, mg_a = staff(ctx, "mgr", o, lang)
    when = ctx.when()
    m = appt_dt(ctx, when)
    att = [ctx.staff() for _ in range(3)]
    summ = rng.choice(["Caucus équipe télésurveillance", "Rencontre d'équipe – clinique virtuelle", "Dîner-causerie : télésanté en région"]) if lang == "fr" \
        else rng.choice(["RPM team huddle", "Virtual clinic team meeting"])
    ics = make_ics("mtg-%d@%s" % (rng.randrange(10**6, 10**7), o[1]), m, m + datetime.timedelta(minutes=30), summ,
                   "Lien Teams dans l'invitation" if lang == "fr" else "Teams link in invite", location="Teams",
                   organizer=(mg["given"] + " " + mg["surname"], mg_a[1]),
                   attendees=[(a["given"] + " " + a["surname"], email_of(a, o[1])) for a in att])
    return neg("staff_meeting", lang, "staff meeting calendar invitation",
               subject=("Invitation : " if lang == "fr" else "Invitation: ") + summ, date=when,
               text=("Invitation jointe." if lang == "fr" else "Invite attached."),
               attachments=[{"filename": "invite.ics", "ctype": "text/calendar", "text": ics, "params": ["method=REQUEST"]}],
               **{"from": mg_a, "to": [(display(a), email_of(a, o[1])) for a in att]})


# --------------------------------------------------------------------------- 17 staffing thread with quoted history
def staff_thread(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en", "fr", "en", "fr", "fr"][i % 7]
    o = org(ctx, lang)
    a, a_a = staff(ctx, "rn", o, lang)
    b, b_a = staff(ctx, "mgr", o, lang)
    c = ctx.staff()
    when = ctx.when()
    prev = when - datetime.timedelta(hours=rng.randrange(1, 20))
    if lang == "fr":
        q = ("%s\n\n%s est malade aujourd'hui (gastro), il manque donc une infirmière à la télésurveillance de jour. "
             "Quelqu'un peut prendre les alertes de MPOC en plus de l'IC?\n\n%s") % (greet(ctx, lang), c["given"], b["given"])
        body = ("Je peux prendre les alertes MPOC jusqu'à 15 h, ensuite il faudrait que quelqu'un de la relève prenne le relais. "
                "J'ai déjà 14 patients actifs en IC.\n\n%s\n\n%s\n%s") % (a["given"], reply_intro(lang, display(b), short_date(prev, lang)), quote(q))
        subj = "RE: Remplacement aujourd'hui"
    else:
        q = ("%s\n\n%s is off sick today, so we're one RN short on day RPM. Can someone cover the COPD alerts on top of CHF?\n\n%s") % (
            greet(ctx, lang), c["given"], b["given"])
        body = "I can cover COPD alerts until 3, then evening will need to pick up. I already have 14 active CHF patients.\n\n%s\n\n%s\n%s" % (
            a["given"], reply_intro(lang, display(b), short_date(prev, lang)), quote(q))
        subj = "RE: coverage today"
    return neg("staff_thread", lang, "staffing reply thread (sick colleague, patient counts only)",
               subject=subj, date=when, text=body, reply=True, **{"from": a_a, "to": [b_a]})


# --------------------------------------------------------------------------- 18 staff vCard
def staff_vcard(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr"][i % 3]
    o = org(ctx, lang)
    mg, mg_a = staff(ctx, "mgr", o, lang)
    n = ctx.staff()
    role = rng.choice(["coord", "rn", "pharm"])
    vc = make_vcard("%s %s" % (n["given"], n["surname"]), "%s;%s;;;" % (n["surname"], n["given"]), tel=("WORK,VOICE", ctx.phone_fmt()),
                    email=email_of(n, o[1]), adr=("WORK", o[2]), org=o[0], title=role_title(n, role, lang))
    when = ctx.when()
    body = ("%s\n\nJe vous présente %s, qui se joint à l'équipe comme %s à compter de lundi. Sa fiche contact est jointe.\n\n%s" if lang == "fr"
            else "%s\n\nPlease welcome %s, who joins the team as %s on Monday. Contact card attached.\n\n%s") % (
        greet(ctx, lang), n["given"] + " " + n["surname"], role_title(n, role, lang).lower(), signature(ctx, mg, "mgr", o, lang))
    return neg("staff_vcard", lang, "new staff member's work vCard",
               subject=("Bienvenue à " if lang == "fr" else "Welcome ") + n["given"], date=when, text=body,
               attachments=[{"filename": "%s_%s.vcf" % (n["given"], n["surname"]), "ctype": "text/vcard", "text": vc}],
               **{"from": mg_a, "to": alllist(o, lang)})


# --------------------------------------------------------------------------- 19 e-consult on-call roster
def oncall(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr", "fr"][i % 4]
    o = ORGS_FR[2]
    s, s_a = staff(ctx, "coord", o, lang)
    when = ctx.when()
    specs = rng.sample(["dermatologie", "cardiologie", "psychiatrie", "pneumologie", "néphrologie", "endocrinologie"], 4)
    lines = []
    for sp in specs:
        d = ctx.staff()
        lines.append("%-16s %s %s %s – %s" % (sp, "Dre" if d["sex"] == "F" else "Dr", d["given"], d["surname"], ctx.phone_fmt()))
    body = ("%s\n\nGarde de consultation électronique pour la semaine du %s (réponse en 72 h ouvrables) :\n\n%s\n\n"
            "Pour les questions urgentes, utiliser le téléavertisseur de l'hôpital.\n\n%s" if lang == "fr" else
            "%s\n\neConsult on-call for the week of %s (72 business-hour turnaround):\n\n%s\n\nUrgent questions: hospital paging.\n\n%s") % (
        greet(ctx, lang), fmt(when.date()), "\n".join(lines), signature(ctx, s, "coord", o, lang))
    return neg("oncall", lang, "specialist on-call roster for e-consults", subject=("Garde e-consult – semaine du %s" if lang == "fr" else "eConsult on-call week of %s") % fmt(when.date()),
               date=when, text=body, **{"from": s_a, "to": alllist(o, lang)})


# --------------------------------------------------------------------------- 20 physician directory (physicians + diseases treated)
def physician_dir(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en", "fr", "en"][i % 5]
    o = org(ctx, lang)
    s, s_a = staff(ctx, "coord", o, lang)
    when = ctx.when()
    rows = []
    for c in rng.sample(CONDITIONS, 5):
        d = ctx.staff()
        rows.append("- %s %s %s : %s (%s), télé-visites le %s" % ("Dre" if d["sex"] == "F" else "Dr", d["given"], d["surname"],
                                                                  c["fr"], c["spec_fr"], rng.choice(["lundi", "mardi", "jeudi"]))
                    if lang == "fr" else "- Dr. %s %s: %s (%s), virtual clinic on %s" % (
                        d["given"], d["surname"], c["en"], c["spec_en"], rng.choice(["Mondays", "Tuesdays", "Thursdays"])))
    body = ("%s\n\nMise à jour du répertoire des cliniques virtuelles spécialisées :\n\n%s\n\nLes demandes se font via la plateforme de consultation électronique.\n\n%s" if lang == "fr"
            else "%s\n\nUpdated directory of specialty virtual clinics:\n\n%s\n\nReferrals through the eConsult platform.\n\n%s") % (
        greet(ctx, lang), "\n".join(rows), signature(ctx, s, "coord", o, lang))
    return neg("physician_dir", lang, "directory of physicians with the diseases they treat",
               subject="Répertoire des cliniques virtuelles" if lang == "fr" else "Virtual specialty clinic directory",
               date=when, text=body, mode=rng.choice(["html", "alt", "plain"]), **{"from": s_a, "to": alllist(o, lang)})


# --------------------------------------------------------------------------- 21 facilities
def facilities(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr", "fr"][i % 4]
    o = org(ctx, lang)
    f_a = ("Service des installations" if lang == "fr" else "Facilities", "installations@%s" % o[1])
    when = ctx.when()
    body = rng.choice([
        "Bonjour,\n\nDes travaux d'insonorisation auront lieu dans les cabines de téléconsultation C-12 à C-18 du %s au %s. "
        "Les cabines C-20 à C-24 restent disponibles. Merci de votre compréhension.\n\nService des installations",
        "Bonjour,\n\nLa climatisation du centre de télésurveillance (2e étage) sera arrêtée le %s de 6 h à 10 h pour entretien. "
        "Prévoir des ventilateurs d'appoint. Fin prévue : %s.\n\nService des installations",
    ]) if lang == "fr" else rng.choice([
        "Hello,\n\nSoundproofing work in telehealth booths C-12 to C-18 from %s to %s. Booths C-20 to C-24 remain available.\n\nFacilities",
        "Hello,\n\nHVAC shutdown on the RPM floor on %s, 6-10 a.m. Expected completion %s.\n\nFacilities"])
    body = body % (fmt(ctx.future_date(when, (2, 8))), fmt(ctx.future_date(when, (9, 20))))
    return neg("facilities", lang, "facilities notice", subject=("Avis – travaux" if lang == "fr" else "Facilities notice"),
               date=when, text=body, **{"from": f_a, "to": alllist(o, lang)})


# --------------------------------------------------------------------------- 22 budget
def budget(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr"][i % 3]
    o = org(ctx, lang)
    mg, mg_a = staff(ctx, "mgr", o, lang)
    d, d_a = staff(ctx, "mgr", o, lang)
    when = ctx.when()
    rows = [["Poste" if lang == "fr" else "Line", "Budget", "Réel P%d" % rng.randrange(3, 10) if lang == "fr" else "Actual"],
            ["Licences %s" % rng.choice(PLATFORMS), 184000, rng.randrange(120000, 190000)],
            ["Trousses de télésurveillance" if lang == "fr" else "RPM kits", 96000, rng.randrange(60000, 110000)],
            ["Forfaits cellulaires" if lang == "fr" else "Cellular data plans", 22800, rng.randrange(15000, 26000)],
            ["Heures infirmières" if lang == "fr" else "Nursing hours", 1250000, rng.randrange(1000000, 1300000)]]
    x = make_xlsx([("Budget", rows)])
    body = ("%s\n\nSuivi budgétaire des soins virtuels ci-joint; dépassement prévu sur les forfaits cellulaires.\n\n%s" if lang == "fr"
            else "%s\n\nVirtual care budget tracking attached; projected overrun on data plans.\n\n%s") % (greet(ctx, lang, d["given"]), signature(ctx, mg, "mgr", o, lang))
    return neg("budget", lang, "budget tracking spreadsheet", subject="Suivi budgétaire – soins virtuels" if lang == "fr" else "Budget tracking - virtual care",
               date=when, text=body, attachments=[{"filename": "suivi_budget.xlsx", "ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "data": x}],
               **{"from": mg_a, "to": [d_a]})


# --------------------------------------------------------------------------- 23 privacy training
def privacy_training(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr"][i % 3]
    o = org(ctx, lang)
    s, s_a = staff(ctx, "coord", o, lang)
    when = ctx.when()
    body = ("%s\n\nLa formation obligatoire « Confidentialité et soins virtuels » (45 min) est disponible sur l'ENA jusqu'au %s. "
            "Elle couvre : vérification d'identité en visio, envoi sécurisé de photos en télédermatologie, et ce qu'il ne faut jamais "
            "mettre dans un courriel (nom + diagnostic, NAM, date de naissance). Taux de complétion actuel : %d %%.\n\n%s" if lang == "fr" else
            "%s\n\nMandatory training 'Privacy in virtual care' (45 min) is available in the LMS until %s. It covers identity checks on video, "
            "secure photo transfer for teledermatology, and what never to put in e-mail (name + diagnosis, health card number, DOB). "
            "Current completion: %d%%.\n\n%s") % (greet(ctx, lang), fmt(ctx.future_date(when, (15, 40))), rng.randrange(30, 90),
                                                  signature(ctx, s, "coord", o, lang))
    return neg("privacy_training", lang, "mandatory privacy training notice",
               subject="Formation obligatoire – confidentialité" if lang == "fr" else "Mandatory privacy training", date=when, text=body,
               **{"from": s_a, "to": alllist(o, lang)})


# --------------------------------------------------------------------------- 24 policy update (NAM format described, no number)
def policy(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en", "fr"][i % 4]
    o = org(ctx, lang)
    s, s_a = staff(ctx, "mgr", o, lang)
    when = ctx.when()
    body = ("%s\n\nMise à jour de la directive DIR-TS-%02d sur les communications électroniques :\n"
            "1. Le NAM (format AAAA 0000 0000) ne doit jamais figurer dans l'objet d'un courriel.\n"
            "2. Les photos de télédermatologie sont transmises uniquement par la plateforme sécurisée.\n"
            "3. Les rappels SMS ne mentionnent ni la spécialité ni le motif de consultation.\n"
            "4. Toute erreur d'envoi est déclarée dans les 24 h au responsable de l'accès à l'information.\n\n%s" if lang == "fr" else
            "%s\n\nUpdate to policy DIR-TS-%02d on electronic communications:\n1. Never put a health card number (format AAAA 0000 0000) in a subject line.\n"
            "2. Teledermatology photos go through the secure platform only.\n3. SMS reminders must not mention the specialty or reason for visit.\n"
            "4. Report misdirected e-mail within 24 h to the privacy officer.\n\n%s") % (greet(ctx, lang), rng.randrange(1, 40), signature(ctx, s, "mgr", o, lang))
    return neg("policy", lang, "policy update describing identifiers without any value",
               subject="Directive – communications électroniques" if lang == "fr" else "Policy update - e-mail and SMS", date=when, text=body,
               attachments=([{"filename": "DIR-TS_communications.pdf", "ctype": "application/pdf",
                              "data": make_pdf([("h", "Directive"), *body.split("\n")[2:7]], compress=True)}] if rng.random() < 0.5 else None),
               **{"from": s_a, "to": alllist(o, lang)})
