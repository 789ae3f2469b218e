"""Negative builders, part A: HR, schedules, payroll, newsletters, committees, procurement, IT, stats."""
import datetime
import html as H

import gen_attach as A
from gen_common import (EXTERNAL, NAMES_BY_AGE, ORG, STAFF, SURNAMES_EN,
                        SURNAMES_FR, T, D, fmt_date, luhn_serial, signature, staff_name)
from gen_ctx import addr, first, greet, thanks

ALL_STAFF = ("Tous - CMSCC", "cmscc-tous@" + D)


def other_person(rng, band=None):
    band = band or rng.choice(["young", "young", "mid"])
    lang = "fr" if rng.random() < 0.7 else "en"
    g = rng.choice(NAMES_BY_AGE[(lang, rng.choice("FM"), band)])
    s = rng.choice(SURNAMES_FR if lang == "fr" else SURNAMES_EN)
    return g, s


def _table_html(rows):
    out = '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">\n'
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out += "<tr>" + "".join("<%s>%s</%s>" % (tag, H.escape(str(c)), tag) for c in r) + "</tr>\n"
    return out + "</table>"


def _table_text(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip() for r in rows)


def _html_doc(paras, table=None, after=None):
    out = "".join("<p>%s</p>\n" % H.escape(p).replace("\n", "<br>\n") for p in paras)
    if table:
        out += table + "\n"
    if after:
        out += "".join("<p>%s</p>\n" % H.escape(p).replace("\n", "<br>\n") for p in after)
    return out


def _monday(ctx, weeks=1):
    d = ctx.day + datetime.timedelta(days=7 * weeks)
    return d - datetime.timedelta(days=d.weekday())


# ---------------------------------------------------------------------------
def n_vacation_schedule(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "hr_schedule", T(lang, "calendrier des vacances du personnel", "staff vacation calendar"))
    m.sender = addr("lanctot", lang)
    m.to = [ALL_STAFF]
    keys = rng.sample(["lacasse", "benali", "mcleish", "rioux", "coutu", "grondin", "ferron", "bedard", "dufresne", "carrier",
                       "haddad", "stewart", "gosselin", "raman", "arsenault", "houle"], 8)
    rows = [[T(lang, "Employé(e)", "Employee"), T(lang, "Titre d'emploi", "Job title"), T(lang, "Du", "From"), T(lang, "Au", "To"), T(lang, "Remplacement", "Coverage")]]
    start = _monday(ctx, rng.randint(2, 6))
    for k in keys:
        d1 = start + datetime.timedelta(days=7 * rng.randrange(0, 8))
        d2 = d1 + datetime.timedelta(days=rng.choice([4, 11, 18]))
        cov = rng.choice([k2 for k2 in keys if k2 != k])
        rows.append([staff_name(k, lang), STAFF[k][3] if lang == "fr" else STAFF[k][4], d1.isoformat(), d2.isoformat(), staff_name(cov, lang, False)])
    intro = T(lang, "Voici le calendrier des vacances validé. Merci de vérifier vos dates et de m'aviser de toute erreur d'ici vendredi. "
              "Rappel : la clinique commotion doit garder au moins un médecin et une physiothérapeute présents chaque semaine.",
              "Here is the approved vacation calendar. Please check your dates and let me know of any error by Friday. "
              "Reminder: the concussion clinic must keep at least one physician and one physiotherapist on site every week.")
    m.text = greet(lang, rng) + "\n\n" + intro + "\n\n" + _table_text(rows) + "\n\n" + thanks(lang, rng) + "\n" + signature("lanctot", lang, rng)
    m.html = _html_doc([greet(lang, rng), intro], _table_html(rows), [thanks(lang, rng), staff_name("lanctot", lang)])
    m.subject = rng.choice([T(lang, "Calendrier des vacances %s" % start.strftime("%Y-%m"), "Vacation calendar from %s" % start.strftime("%Y-%m")),
                            T(lang, "Vacances - version finale", "Vacation - final version")])
    if rng.random() < 0.4:
        m.atts.append(A.Att("vacances_2025.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            A.xlsx_bytes([("Vacances", rows)])))
    return m


# ---------------------------------------------------------------------------
def n_oncall(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "oncall", T(lang, "horaire de garde des médecins", "physician on-call schedule"))
    sk = rng.choice(["vezina", "dufresne"])
    m.sender = addr(sk, lang)
    m.to = [("Médecins CMSCC", "medecins-cmscc@" + D)]
    docs = ["lacasse", "mcleish", "benali", "vachon", "desrosiers", "nguyen"]
    start = _monday(ctx, 1)
    rows = [[T(lang, "Semaine du", "Week of"), T(lang, "Clinique commotion", "Concussion clinic"), T(lang, "Ortho-sport", "Sports ortho"),
             T(lang, "Garde téléphonique", "Phone call")]]
    for w in range(rng.randint(4, 6)):
        d = start + datetime.timedelta(days=7 * w)
        a, b, c = rng.sample(docs, 3)
        rows.append([fmt_date(d, lang, "iso"), staff_name(a, lang), staff_name(b, lang), staff_name(c, lang)])
    note = T(lang, "Dr Vachon reprend les cas de LCA et de luxation d'épaule les semaines où il n'est pas en salle d'op. "
             "Dre Desrosiers couvre les commotions pédiatriques (moins de 12 ans).",
             "Dr. Vachon takes the ACL and shoulder dislocation cases on weeks he is not in the OR. "
             "Dr. Desrosiers covers paediatric concussions (under 12).")
    m.text = "\n\n".join([greet(lang, rng), T(lang, "Horaire de garde des prochaines semaines :", "On-call schedule for the coming weeks:"),
                          _table_text(rows), note, signature(sk, lang, rng)])
    m.html = _html_doc([greet(lang, rng), T(lang, "Horaire de garde des prochaines semaines :", "On-call schedule for the coming weeks:")],
                       _table_html(rows), [note])
    m.subject = rng.choice([T(lang, "Horaire de garde", "On-call schedule"), T(lang, "Garde - mise à jour", "Call schedule update")])
    return m


# ---------------------------------------------------------------------------
def n_payroll(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "payroll", T(lang, "avis du service de la paie", "payroll notice"))
    m.sender = ("Service de la paie", "paie@" + D)
    ek = rng.choice(["coutu", "rioux", "ferron", "grondin"])
    m.to = [ALL_STAFF] if rng.random() < 0.6 else [addr(ek, lang)]
    pay = ctx.day + datetime.timedelta(days=rng.randint(2, 9))
    if m.to[0] == ALL_STAFF:
        body = T(lang,
                 "Bonjour,\n\nEn raison du congé férié, la paie du %s sera déposée un jour plus tôt. Les relevés de paie sont disponibles "
                 "dans le portail employé (Logibec) à partir de 16 h la veille.\n\nRappel : les feuilles de temps des heures "
                 "supplémentaires doivent être approuvées par votre gestionnaire au plus tard le lundi midi.\n\nService de la paie\n"
                 "Direction des ressources humaines\nPoste 2100" % fmt_date(pay, lang),
                 "Hello,\n\nBecause of the statutory holiday, the %s pay will be deposited one day early. Pay statements are available "
                 "in the employee portal (Logibec) from 4 p.m. the day before.\n\nReminder: overtime timesheets must be approved by your "
                 "manager no later than Monday noon.\n\nPayroll Services\nHuman Resources\nExt. 2100" % fmt_date(pay, lang))
        m.subject = T(lang, "Dépôt de paie devancé", "Pay deposit moved earlier")
    else:
        emp = "%06d" % rng.randrange(100000, 999999)
        body = T(lang,
                 "Bonjour %s,\n\nSuite à votre demande, un ajustement rétroactif (prime de soir, 12,5 h) sera versé sur la paie du %s.\n"
                 "Matricule : %s\nPériode : 2025-%02d\nMontant brut : %s $\n\nService de la paie" % (first(ek), fmt_date(pay, lang), emp, rng.randint(1, 24), "%d,%02d" % (rng.randint(80, 400), rng.randrange(100))),
                 "Hello,\n\nFollowing your request, a retroactive adjustment (evening premium, 12.5 h) will be paid on the %s pay.\n"
                 "Employee no.: %s\nPeriod: 2025-%02d\nGross amount: $%d.%02d\n\nPayroll Services" % (fmt_date(pay, lang), emp, rng.randint(1, 24), rng.randint(80, 400), rng.randrange(100)))
        m.subject = T(lang, "Ajustement de paie", "Pay adjustment")
    m.text = body
    return m


# ---------------------------------------------------------------------------
def n_newsletter(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "newsletter", T(lang, "infolettre de la clinique", "clinic newsletter"))
    m.sender = addr("oliveira", lang)
    m.to = [ALL_STAFF, ("Partenaires CMSCC", "partenaires-cmscc@" + D)]
    mo = ctx.day.month
    season = T(lang, "hiver" if mo in (12, 1, 2) else "printemps" if mo < 6 else "été" if mo < 9 else "automne",
               "Winter" if mo in (12, 1, 2) else "Spring" if mo < 6 else "Summer" if mo < 9 else "Fall")
    items_fr = [
        ("Bienvenue", "Nous accueillons Dre Anna Kowalski, résidente en médecine familiale, qui fera un stage de 8 semaines à la clinique commotion."),
        ("Publication", "Dr Étienne Vachon et Mme Julie Coutu signent un article sur la prévention des ruptures du LCA chez les joueuses de soccer de 13 à 17 ans."),
        ("Nouveau service", "La clinique de l'asthme d'effort de Dr Owen McLeish ouvre le jeudi après-midi. Les références passent par l'accueil."),
        ("Retraite", "Après 31 ans de service, M. Alain Proulx prend sa retraite. Merci Alain!"),
        ("Chiffres", "En 2024, l'équipe a évalué 1 184 commotions cérébrales, dont 41 % chez les moins de 18 ans. Le délai médian de retour à l'école est de 9 jours."),
        ("Formation", "Dre Priya Raman donnera une conférence midi sur les symptômes post-commotionnels persistants et l'anxiété."),
        ("Félicitations", "Bravo à Raphaël Grondin, nommé thérapeute du sport de l'année par l'association régionale."),
    ]
    items_en = [
        ("Welcome", "We welcome Dr. Anna Kowalski, family medicine resident, for an 8-week rotation in the concussion clinic."),
        ("Publication", "Dr. Étienne Vachon and Ms. Julie Coutu published a paper on ACL injury prevention in female soccer players aged 13-17."),
        ("New service", "Dr. Owen McLeish's exercise-induced asthma clinic opens Thursday afternoons. Referrals go through intake."),
        ("Retirement", "After 31 years, Mr. Alain Proulx is retiring. Thank you, Alain!"),
        ("By the numbers", "In 2024 the team assessed 1,184 concussions, 41% in patients under 18. Median time back to school was 9 days."),
        ("Education", "Dr. Priya Raman will give a lunch talk on persistent post-concussion symptoms and anxiety."),
        ("Congratulations", "Kudos to Raphaël Grondin, named athletic therapist of the year by the regional association."),
    ]
    items = rng.sample(items_fr if lang == "fr" else items_en, rng.randint(4, 6))
    title = T(lang, "Infolettre CMSCC — %s 2025" % season, "CMSCC Newsletter — %s 2025" % season)
    m.html = "<h2>%s</h2>\n" % H.escape(title) + "".join("<h3>%s</h3>\n<p>%s</p>\n" % (H.escape(a), H.escape(b)) for a, b in items) + \
        "<hr><p style=\"font-size:9pt\">%s<br>%s<br>%s</p>" % (H.escape(ORG["clinic_fr"] if lang == "fr" else ORG["clinic_en"]),
                                                              H.escape(ORG["address_fr"] if lang == "fr" else ORG["address_en"]).replace("\n", "<br>"),
                                                              "Tél. " + ORG["phone"])
    m.text = title + "\n\n" + "\n\n".join("%s\n%s" % (a.upper(), b) for a, b in items) + "\n\n--\n" + \
        (ORG["clinic_fr"] if lang == "fr" else ORG["clinic_en"]) + "\n" + (ORG["address_fr"] if lang == "fr" else ORG["address_en"]) + "\nTél. " + ORG["phone"]
    m.prefer = rng.choice(["html", "alt", "alt"])
    m.subject = title
    return m


# ---------------------------------------------------------------------------
def n_committee(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "committee", T(lang, "convocation à un comité", "committee meeting notice"))
    m.sender = addr("vezina", lang)
    m.to = [addr(k, lang) for k in rng.sample(["lacasse", "benali", "lanctot", "dufresne", "houle", "ferron", "coutu"], 5)]
    when = ctx.future(5, 20, hour=12)
    com = rng.choice(T(lang, ["comité qualité et sécurité des soins", "comité de pharmacologie", "comité des protocoles cliniques"],
                       ["quality and patient safety committee", "pharmacology committee", "clinical protocols committee"]))
    agenda_fr = ["Adoption de l'ordre du jour", "Suivi du procès-verbal du %s" % fmt_date(ctx.past(20, 40), lang),
                 "Révision du protocole de retour au jeu après commotion (version 4)", "Indicateurs : délais de prise en charge T1",
                 "Déclarations d'incidents/accidents (AH-223) : bilan trimestriel anonymisé", "Varia"]
    agenda_en = ["Adoption of the agenda", "Follow-up on the minutes of %s" % fmt_date(ctx.past(20, 40), lang),
                 "Review of the post-concussion return-to-play protocol (version 4)", "Indicators: Q1 access times",
                 "Incident/accident reports (AH-223): de-identified quarterly summary", "Other business"]
    ag = agenda_fr if lang == "fr" else agenda_en
    m.text = "\n".join([greet(lang, rng), "",
                        T(lang, "Vous êtes convoqué(e)s à la prochaine rencontre du %s, %s, salle C-312 et sur Teams." % (com, ctx.when(when, lang)),
                          "You are invited to the next meeting of the %s, %s, room C-312 and on Teams." % (com, ctx.when(when, lang))),
                        "", T(lang, "Ordre du jour :", "Agenda:")] + ["%d. %s" % (i + 1, a) for i, a in enumerate(ag)] +
                       ["", T(lang, "Présidence : Dre Amélie Lacasse. Secrétariat : Mme Isabelle Vézina.",
                              "Chair: Dr. Amélie Lacasse. Secretary: Ms. Isabelle Vézina."), "", signature("vezina", lang, rng)])
    m.subject = rng.choice([T(lang, "Convocation - %s" % com, "Notice - %s" % com), T(lang, "Ordre du jour", "Agenda")])
    if rng.random() < 0.5:
        ics = A.ics_bytes("com-%s@%s" % (when.strftime("%Y%m%d"), D), when, when + datetime.timedelta(hours=1), com[0].upper() + com[1:],
                          "\n".join(ag), "C-312 / Teams", ("Isabelle Vézina", addr("vezina")[1]), m.to)
        m.atts.append(A.Att("invitation.ics", "text/calendar", ics, "utf-8"))
    return m


# ---------------------------------------------------------------------------
def n_conference(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "conference", T(lang, "programme d'un symposium", "symposium programme"))
    sk = rng.choice(["oliveira", "reid"])
    m.sender = addr(sk, lang)
    m.to = [ALL_STAFF]
    day = ctx.future(20, 60).date()
    talks_fr = [("08:30", "Dre Amélie Lacasse", "Commotion cérébrale chez l'adolescent : quoi de neuf dans le SCAT6?"),
                ("09:15", "Dr Minh Nguyen", "Céphalées post-traumatiques : approche pharmacologique"),
                ("10:15", "Mme Julie Coutu, pht", "Rééducation vestibulaire : cas pratiques"),
                ("11:00", "Dr Étienne Vachon", "Rupture du LCA chez l'athlète féminine : chirurgie ou pas?"),
                ("13:00", "Dre Priya Raman", "Anxiété et symptômes persistants après une commotion"),
                ("13:45", "Dr Karim Benali", "Tendinopathie achilléenne : mise à jour 2025"),
                ("14:30", "Dre Hélène Desrosiers", "Retour à l'apprentissage chez l'enfant de 6 à 12 ans"),
                ("15:15", "Panel", "Le RED-S dans les sports d'esthétique")]
    talks_en = [("08:30", "Dr. Amélie Lacasse", "Adolescent concussion: what's new in the SCAT6?"),
                ("09:15", "Dr. Minh Nguyen", "Post-traumatic headache: pharmacological approach"),
                ("10:15", "Julie Coutu, PT", "Vestibular rehabilitation: practical cases"),
                ("11:00", "Dr. Étienne Vachon", "ACL rupture in female athletes: to operate or not?"),
                ("13:00", "Dr. Priya Raman", "Anxiety and persistent symptoms after concussion"),
                ("13:45", "Dr. Karim Benali", "Achilles tendinopathy: 2025 update"),
                ("14:30", "Dr. Hélène Desrosiers", "Return to learn in children aged 6-12"),
                ("15:15", "Panel", "RED-S in aesthetic sports")]
    talks = sorted(rng.sample(talks_fr if lang == "fr" else talks_en, rng.randint(5, 7)))
    title = T(lang, "3e Symposium régional de médecine du sport — %s" % fmt_date(day, lang), "3rd Regional Sports Medicine Symposium — %s" % fmt_date(day, lang))
    rows = [[T(lang, "Heure", "Time"), T(lang, "Conférencier", "Speaker"), T(lang, "Sujet", "Topic")]] + [list(t) for t in talks]
    m.text = "\n".join([greet(lang, rng), "", title, T(lang, "Auditorium du pavillon A — inscription gratuite pour le personnel (6 h de crédits).",
                                                         "Pavilion A auditorium — free registration for staff (6 credit hours)."), "",
                        _table_text(rows), "", signature(sk, lang, rng)])
    m.subject = rng.choice([title, T(lang, "Programme du symposium", "Symposium programme")])
    if rng.random() < 0.6:
        data = A.pdf_bytes(title, [("table", rows), T(lang, "Inscription : formation.cmscc@", "Registration: formation.cmscc@") + D],
                           header=[ORG["network_fr"], ORG["clinic_fr"]])
        m.atts.append(A.Att(T(lang, "Programme_symposium_2025.pdf", "Symposium_programme_2025.pdf"), "application/pdf", data))
    return m


# ---------------------------------------------------------------------------
def n_job_posting(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "job_posting", T(lang, "affichage de poste", "job posting"))
    m.sender = addr("plante", lang)
    m.to = [ALL_STAFF]
    job = rng.choice(T(lang, ["physiothérapeute (temps complet permanent)", "kinésiologue (remplacement 12 mois)", "agent(e) administratif(ve) classe 2",
                              "infirmier(ère) clinicien(ne) — clinique commotion"],
                       ["physiotherapist (permanent full-time)", "kinesiologist (12-month replacement)", "administrative officer class 2",
                        "clinical nurse — concussion clinic"]))
    num = "CMR-%d-%04d" % (ctx.day.year, rng.randrange(100, 9999))
    body_fr = ["AFFICHAGE INTERNE ET EXTERNE — %s" % num, "", "Titre : %s" % job,
               "Port d'attache : %s, %s" % (ORG["clinic_short"], ORG["hospital"]),
               "Échelle salariale : %s $ à %s $ l'heure" % (rng.choice(["29,31", "33,13", "37,84"]), rng.choice(["48,60", "52,04", "55,10"])),
               "Description : évaluation et traitement d'une clientèle sportive (commotions cérébrales, blessures musculosquelettiques), "
               "travail en interdisciplinarité avec médecins du sport, physiatre et neuropsychologue.",
               "Exigences : membre de l'ordre professionnel; expérience en réadaptation vestibulaire un atout.",
               "Période d'affichage : du %s au %s." % (fmt_date(ctx.day, lang), fmt_date(ctx.day + datetime.timedelta(days=14), lang)),
               "Pour postuler : emplois@%s, en indiquant le numéro d'affichage." % D]
    body_en = ["INTERNAL AND EXTERNAL POSTING — %s" % num, "", "Title: %s" % job,
               "Location: %s, %s" % (ORG["clinic_short"], ORG["hospital"]),
               "Salary scale: $%s to $%s per hour" % (rng.choice(["29.31", "33.13", "37.84"]), rng.choice(["48.60", "52.04", "55.10"])),
               "Description: assessment and treatment of athletes (concussion, musculoskeletal injuries), interdisciplinary work with "
               "sports physicians, a physiatrist and a neuropsychologist.",
               "Requirements: member of the professional order; vestibular rehab experience an asset.",
               "Posting period: %s to %s." % (fmt_date(ctx.day, lang), fmt_date(ctx.day + datetime.timedelta(days=14), lang)),
               "To apply: emplois@%s, quoting the posting number." % D]
    m.text = "\n".join(body_fr if lang == "fr" else body_en) + "\n\n" + signature("plante", lang, rng)
    m.subject = T(lang, "Affichage %s - %s" % (num, job), "Posting %s - %s" % (num, job))
    if rng.random() < 0.4:
        m.atts.append(A.Att("affichage_%s.docx" % num, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            A.docx_bytes(T(lang, "Affichage de poste", "Job posting"), body_fr if lang == "fr" else body_en)))
    return m


# ---------------------------------------------------------------------------
def n_invoice(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "invoice", T(lang, "facture d'un fournisseur", "supplier invoice"))
    vkey = rng.choice(["vendor", "vendor2", "vendor3"])
    v = EXTERNAL[vkey]
    m.sender = ("Comptes recevables - " + v[0], "comptes@" + v[1])
    m.to = [addr("lafleur", lang), ("Comptes payables", "comptes.payables@" + D)]
    inv = "F-%d-%05d" % (ctx.day.year, rng.randrange(1, 99999))
    items = {
        "vendor": [("Attelle genou articulée T-Scope, taille M", 4, 289.00), ("Orthèse de cheville Aircast", 10, 64.50), ("Collier cervical Philadelphia", 3, 41.25)],
        "vendor2": [("Bandes élastiques Theraband (rouleau 45 m)", 6, 88.40), ("Ice packs réutilisables", 40, 6.15), ("Béquilles aluminium ajustables", 12, 38.90)],
        "vendor3": [("Tapis roulant — contrat d'entretien annuel", 1, 1450.00), ("Capteur de FC Polar H10", 8, 119.99), ("Vélo stationnaire — pièce de rechange", 1, 212.35)],
    }[vkey]
    rows = [[T(lang, "Description", "Description"), T(lang, "Qté", "Qty"), T(lang, "Prix unit.", "Unit price"), T(lang, "Total", "Total")]]
    sub = 0
    for d_, q, p in rng.sample(items, rng.randint(2, 3)):
        rows.append([d_, str(q), "%.2f" % p, "%.2f" % (q * p)])
        sub += q * p
    tps, tvq = sub * 0.05, sub * 0.09975
    fields = [(T(lang, "No de facture", "Invoice no."), inv), (T(lang, "Date", "Date"), ctx.day.isoformat()),
              (T(lang, "Client", "Bill to"), ORG["network_fr"] + " — " + ORG["clinic_short"]),
              (T(lang, "No de client", "Customer no."), "C%07d" % rng.randrange(10 ** 6, 10 ** 7)),
              (T(lang, "Bon de commande", "PO number"), "BC-%06d" % rng.randrange(10 ** 5, 10 ** 6)),
              (T(lang, "Nom du contact", "Contact name"), "Denis Lafleur"),
              ("TPS", "%.2f" % tps), ("TVQ", "%.2f" % tvq), (T(lang, "Total", "Total"), "%.2f $" % (sub + tps + tvq)),
              (T(lang, "No TPS", "GST no."), "%s RT0001" % luhn_serial(rng, 9)), (T(lang, "Conditions", "Terms"), "Net 30")]
    m.text = "\n".join([greet(lang, rng), "", T(lang, "Veuillez trouver ci-joint la facture %s." % inv, "Please find attached invoice %s." % inv), ""] +
                       ["%s : %s" % f for f in fields[:5]] + ["", thanks(lang, rng), v[0], "Tél. " + v[2]])
    data = A.pdf_bytes(T(lang, "FACTURE", "INVOICE") + " " + inv, [("table", [[a, b] for a, b in fields]), ("table", rows)],
                       header=[v[0], "Tél. " + v[2]])
    m.atts.append(A.Att("Facture_%s.pdf" % inv, "application/pdf", data))
    m.subject = rng.choice([T(lang, "Facture %s" % inv, "Invoice %s" % inv), "%s - %s" % (v[0], inv)])
    return m


# ---------------------------------------------------------------------------
def _lot(rng):
    return rng.choice(["LOT %s" % luhn_serial(rng, 9), "L%s" % luhn_serial(rng, 10), "%s-%s" % (rng.choice(["AB", "KX", "MT"]), luhn_serial(rng, 8))])


def n_purchase_order(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "purchase_order", T(lang, "bon de commande", "purchase order"))
    m.sender = addr("lafleur", lang)
    v = EXTERNAL[rng.choice(["vendor", "vendor2", "vendor3"])]
    m.to = [(v[0], "commandes@" + v[1])]
    po = "BC-%06d" % rng.randrange(10 ** 5, 10 ** 6)
    rows = [[T(lang, "Code produit", "Item code"), T(lang, "Description", "Description"), T(lang, "Qté", "Qty"), T(lang, "Lot / série", "Lot / serial")]]
    for d_ in rng.sample(T(lang, ["Attelle de poignet", "Orthèse de genou", "Bandage tubulaire", "Béquilles", "Gel conducteur ultrason", "Électrodes TENS"],
                            ["Wrist splint", "Knee brace", "Tubular bandage", "Crutches", "Ultrasound gel", "TENS electrodes"]), 4):
        rows.append(["%s%s" % (rng.choice(["ORT", "MSD", "CPL"]), luhn_serial(rng, 7)), d_, str(rng.randint(2, 50)), _lot(rng)])
    m.text = "\n".join([greet(lang, rng), "", T(lang, "Voici notre bon de commande %s. Livraison au quai de réception, pavillon C." % po,
                                                "Here is purchase order %s. Deliver to the receiving dock, Pavilion C." % po), "",
                        _table_text(rows), "", T(lang, "Centre de coûts : 7431-CMSCC", "Cost centre: 7431-CMSCC"), "", signature("lafleur", lang, rng)])
    m.html = _html_doc([greet(lang, rng), T(lang, "Voici notre bon de commande %s." % po, "Here is purchase order %s." % po)], _table_html(rows),
                       [T(lang, "Centre de coûts : 7431-CMSCC", "Cost centre: 7431-CMSCC"), staff_name("lafleur", lang)])
    if rng.random() < 0.5:
        m.atts.append(A.Att("%s.xlsx" % po, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", A.xlsx_bytes([("BC", rows)])))
    m.subject = T(lang, "Bon de commande %s" % po, "Purchase order %s" % po)
    return m


# ---------------------------------------------------------------------------
def n_inventory(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "inventory", T(lang, "inventaire du matériel", "equipment inventory"))
    sk = rng.choice(["rioux", "proulx", "lafleur"])
    m.sender = addr(sk, lang)
    m.to = [addr("lanctot", lang)]
    rows = [[T(lang, "Équipement", "Equipment"), T(lang, "No de série", "Serial no."), T(lang, "No d'actif", "Asset no."), T(lang, "Local", "Room"),
             T(lang, "Dernière inspection", "Last inspection")]]
    for e in rng.sample(T(lang, ["Tapis roulant Woodway", "Vélo stationnaire Monark", "Plateforme de force", "Dynamomètre Biodex", "Échographe portatif",
                                 "Lunettes vidéo-nystagmographie", "Défibrillateur externe", "Table de traitement électrique"],
                              ["Woodway treadmill", "Monark stationary bike", "Force plate", "Biodex dynamometer", "Portable ultrasound",
                               "Video-nystagmography goggles", "AED", "Electric treatment table"]), 6):
        rows.append([e, luhn_serial(rng, rng.choice([9, 10, 12])), "A-%05d" % rng.randrange(10000, 99999), "C-3%02d" % rng.randrange(1, 40),
                     fmt_date(ctx.past(10, 300), lang, "iso")])
    m.text = "\n".join([greet(lang, rng), "", T(lang, "Inventaire annuel complété, fichier joint. Deux équipements à faire inspecter par le génie biomédical.",
                                                "Annual inventory done, file attached. Two items need a biomedical engineering inspection."), "",
                        thanks(lang, rng), first(sk)])
    m.atts.append(A.Att(T(lang, "inventaire_%d.xlsx" % ctx.day.year, "inventory_%d.xlsx" % ctx.day.year),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", A.xlsx_bytes([("Inventaire", rows)])))
    m.subject = T(lang, "Inventaire annuel", "Annual inventory")
    return m


# ---------------------------------------------------------------------------
def n_it_notice(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "it_notice", T(lang, "avis informatique", "IT notice"))
    m.sender = ("Centre de services TI", "servicesti@" + D)
    m.to = [ALL_STAFF]
    kind = rng.randrange(4)
    when = ctx.future(2, 10, hour=rng.choice([18, 19, 20, 21, 22]))
    if kind == 0:
        m.subject = T(lang, "Interruption planifiée - dossier clinique informatisé", "Planned outage - electronic health record")
        body = T(lang, "Le dossier clinique informatisé sera indisponible le %s pendant environ 3 heures (mise à niveau). "
                 "Utilisez les formulaires papier de contingence; la saisie rétroactive devra être faite le lendemain."
                 % ctx.when(when, lang),
                 "The electronic health record will be unavailable on %s for about 3 hours (upgrade). Use the paper downtime forms; "
                 "back-entry must be done the next day." % ctx.when(when, lang))
    elif kind == 1:
        m.subject = T(lang, "ALERTE : hameçonnage en cours", "ALERT: phishing campaign")
        body = T(lang, "Des courriels frauduleux prétendant venir de « RAMQ - Remboursement » circulent. Ne cliquez pas sur le lien et "
                 "signalez le message avec le bouton « Signaler ». Aucune donnée ne vous sera jamais demandée par courriel.",
                 "Fraudulent e-mails claiming to be from \"RAMQ - Refund\" are circulating. Do not click the link and report the message "
                 "with the \"Report\" button. We will never ask for your credentials by e-mail.")
    elif kind == 2:
        m.subject = T(lang, "Authentification multifacteur obligatoire", "Multi-factor authentication required")
        body = T(lang, "À compter du %s, l'authentification multifacteur sera obligatoire pour l'accès à distance. "
                 "Présentez-vous au kiosque TI (local A-014) avec votre cellulaire, ou suivez le guide joint." % fmt_date(when.date(), lang),
                 "As of %s, multi-factor authentication will be mandatory for remote access. Drop by the IT kiosk (room A-014) with "
                 "your phone or follow the attached guide." % fmt_date(when.date(), lang))
        m.atts.append(A.Att(T(lang, "Guide_MFA.pdf", "MFA_guide.pdf"), "application/pdf",
                            A.pdf_bytes(T(lang, "Guide d'activation MFA", "MFA activation guide"),
                                        [T(lang, "1. Installez l'application d'authentification.", "1. Install the authenticator app."),
                                         T(lang, "2. Numérisez le code QR affiché à l'écran.", "2. Scan the QR code shown on screen."),
                                         T(lang, "3. Entrez le code à 6 chiffres.", "3. Enter the 6-digit code."),
                                         T(lang, "Soutien : poste 4357", "Support: ext. 4357")])))
    else:
        tag = luhn_serial(rng, 9)
        m.subject = T(lang, "Remplacement de postes de travail - C-3", "Workstation replacement - C-3")
        body = T(lang, "Les postes de travail du 3e étage (pavillon C) seront remplacés le %s. Étiquette d'actif du premier lot : %s. "
                 "Sauvegardez vos fichiers locaux sur le lecteur réseau H: avant 16 h." % (fmt_date(when.date(), lang), tag),
                 "Workstations on the 3rd floor (Pavilion C) will be replaced on %s. First batch asset tag: %s. Save local files to "
                 "the H: network drive before 4 p.m." % (fmt_date(when.date(), lang), tag))
    m.text = body + "\n\n" + T(lang, "Centre de services TI — poste 4357", "IT Service Desk — ext. 4357")
    m.prefer = rng.choice(["html", "alt", "plain"])
    return m


# ---------------------------------------------------------------------------
def n_facilities(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "facilities", T(lang, "avis des installations matérielles", "facilities notice"))
    m.sender = addr("proulx", lang)
    m.to = [ALL_STAFF]
    when = ctx.future(2, 15)
    opts = [
        (T(lang, "Stationnement P3 fermé", "P3 parking closed"),
         T(lang, "Le stationnement P3 sera fermé le %s pour %s. Utilisez le P1 (entrée boul. des Érables)." % (fmt_date(when.date(), lang), "le déneigement" if when.month in (11, 12, 1, 2, 3) else "le resurfaçage et le marquage"),
           "Parking P3 will be closed on %s for %s. Please use P1 (des Érables Blvd entrance)." % (fmt_date(when.date(), lang), "snow removal" if when.month in (11, 12, 1, 2, 3) else "resurfacing and line painting"))),
        (T(lang, "Ascenseur B hors service", "Elevator B out of service"),
         T(lang, "L'ascenseur B du pavillon C sera hors service du %s pour une durée de 10 jours. Les patients en fauteuil roulant seront dirigés vers l'ascenseur A."
           % fmt_date(when.date(), lang),
           "Elevator B in Pavilion C will be out of service from %s for 10 days. Wheelchair users will be directed to elevator A." % fmt_date(when.date(), lang))),
        (T(lang, "Travaux de ventilation - salle d'exercice", "Ventilation work - exercise room"),
         T(lang, "Des travaux sur le système de ventilation auront lieu dans la salle d'exercice (C-318) le %s. Les BCTT seront déplacés en C-305."
           % ctx.when(when, lang),
           "Ventilation work will take place in the exercise room (C-318) on %s. BCTTs will move to C-305." % ctx.when(when, lang))),
        (T(lang, "Exercice d'évacuation", "Evacuation drill"),
         T(lang, "Un exercice d'évacuation (code vert) aura lieu le %s. Point de rassemblement : stationnement P1." % ctx.when(when, lang),
           "An evacuation drill (code green) will take place on %s. Assembly point: parking P1." % ctx.when(when, lang))),
    ]
    subj, body = rng.choice(opts)
    m.subject = subj
    m.text = greet(lang, rng) + "\n\n" + body + "\n\n" + thanks(lang, rng) + "\n" + signature("proulx", lang, rng)
    return m


# ---------------------------------------------------------------------------
def n_statistics(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "statistics", T(lang, "statistiques agrégées d'activité", "aggregate activity statistics"))
    sk = rng.choice(["dufresne", "reid"])
    m.sender = addr(sk, lang)
    m.to = [addr("lanctot", lang), ("Direction DSP", "dsp@" + D)]
    q = rng.choice(["T1", "T2", "T3"])
    rows = [[T(lang, "Indicateur", "Indicator"), q + " 2024", q + " 2025"]]
    for lab in T(lang, ["Nouvelles commotions évaluées", "dont moins de 18 ans", "Blessures du LCA", "BCTT réalisés", "Délai médian 1re visite (jours)",
                        "Retour au jeu < 28 jours (%)", "Références en neuropsychologie"],
                 ["New concussions assessed", "of which under 18", "ACL injuries", "BCTTs performed", "Median wait to first visit (days)",
                  "Return to play < 28 days (%)", "Neuropsychology referrals"]):
        a = rng.randint(8, 320)
        rows.append([lab, str(a), str(max(1, a + rng.randint(-30, 40)))])
    age = [[T(lang, "Groupe d'âge", "Age group"), "n"], ["6-11", str(rng.randint(10, 40))], ["12-17", str(rng.randint(60, 140))],
           ["18-34", str(rng.randint(40, 100))], ["35+", str(rng.randint(15, 60))]]
    m.text = "\n".join([greet(lang, rng), "", T(lang, "Tableau de bord trimestriel (données agrégées, aucune donnée nominative) :",
                                                "Quarterly dashboard (aggregate data, no identifying data):"), "",
                        _table_text(rows), "", _table_text(age), "", signature(sk, lang, rng)])
    m.html = _html_doc([greet(lang, rng), T(lang, "Tableau de bord trimestriel :", "Quarterly dashboard:")], _table_html(rows) + "<br>" + _table_html(age))
    if rng.random() < 0.5:
        m.atts.append(A.Att("tableau_bord_%s_2025.csv" % q, "text/csv", A.csv_bytes(rows, "utf-8"), "utf-8"))
    m.subject = T(lang, "Tableau de bord %s 2025" % q, "%s 2025 dashboard" % q)
    return m


# ---------------------------------------------------------------------------
def n_teaching_case(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "teaching_case", T(lang, "cas clinique dépersonnalisé pour l'enseignement", "de-identified teaching case"))
    m.sender = addr(rng.choice(["lacasse", "mcleish", "desrosiers"]), lang)
    m.to = [("Résidents et stagiaires", "enseignement-cmscc@" + D)]
    age = rng.randint(13, 19)
    sport = rng.choice(T(lang, ["hockey", "rugby", "soccer"], ["hockey", "rugby", "soccer"]))
    if lang == "fr":
        case = ["Cas pour le club de lecture de jeudi (données modifiées, aucun identifiant) :", "",
                "Joueur%s de %s de %d ans, 3e commotion en 2 ans. Céphalées quotidiennes, photophobie, baisse des notes." % (rng.choice(["", "se"]), sport, age),
                "SCAT6 : 12 symptômes, sévérité 31. VOMS positif. BCTT : arrêt à 145 bpm.",
                "Questions :", "1. Quand envisager l'arrêt définitif des sports de contact?", "2. Place de l'amitriptyline vs exercice aérobie sous-maximal?",
                "3. Quelles mesures de retour à l'apprentissage?", "", "Lecture : consensus de Amsterdam 2022, sections 4 et 7."]
    else:
        case = ["Case for Thursday's journal club (details altered, no identifiers):", "",
                "%d-year-old %s player, 3rd concussion in 2 years. Daily headaches, photophobia, falling grades." % (age, sport),
                "SCAT6: 12 symptoms, severity 31. VOMS positive. BCTT: stopped at HR 145.",
                "Questions:", "1. When should we discuss retiring from contact sport?", "2. Amitriptyline vs sub-threshold aerobic exercise?",
                "3. Which return-to-learn measures?", "", "Reading: Amsterdam 2022 consensus, sections 4 and 7."]
    m.text = "\n".join([greet(lang, rng), ""] + case + ["", thanks(lang, rng)])
    m.subject = rng.choice([T(lang, "Club de lecture - cas de jeudi", "Journal club - Thursday's case"), T(lang, "Cas clinique (anonymisé)", "Teaching case (anonymised)")])
    if rng.random() < 0.4:
        m.atts.append(A.Att("cas_clinique.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            A.docx_bytes(T(lang, "Cas clinique", "Teaching case"), case)))
    return m


# ---------------------------------------------------------------------------
def n_blank_form(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "blank_form", T(lang, "formulaire vierge", "blank form"))
    m.sender = addr(rng.choice(["dufresne", "bedard", "lacasse"]), lang)
    m.to = [ALL_STAFF] if rng.random() < 0.5 else [(EXTERNAL["school"][0], "direction@" + EXTERNAL["school"][1])]
    title = rng.choice(T(lang, ["Demande de consultation — clinique commotion", "Autorisation de retour au jeu", "Formulaire de consentement à la communication de renseignements"],
                         ["Concussion clinic referral form", "Return-to-play clearance form", "Consent to release information form"]))
    rows = [[T(lang, "Champ", "Field"), T(lang, "À remplir", "To complete")],
            [T(lang, "Nom de l'usager", "Patient name"), "______________________"], [T(lang, "Date de naissance (AAAA-MM-JJ)", "Date of birth (YYYY-MM-DD)"), "____-__-__"],
            ["NAM", "____ ____ ____"], [T(lang, "Téléphone", "Phone"), "(___) ___-____"], [T(lang, "Diagnostic / motif", "Diagnosis / reason"), ""],
            [T(lang, "Médicaments", "Medications"), ""], [T(lang, "Signature du médecin", "Physician signature"), ""]]
    m.text = "\n".join([greet(lang, rng), "", T(lang, "Voici la version à jour du formulaire « %s » (révision %s). Merci de détruire les anciennes copies." % (title, ctx.day.strftime("%Y-%m")),
                                                "Here is the updated \"%s\" (revision %s). Please discard old copies." % (title, ctx.day.strftime("%Y-%m"))),
                        T(lang, "Le formulaire rempli se télécopie au %s." % ORG["fax"], "Completed forms can be faxed to %s." % ORG["fax"]), "", thanks(lang, rng)])
    if rng.random() < 0.5:
        data = A.pdf_bytes(title, [("table", rows)], header=[ORG["clinic_fr"], "Tél. %s  Téléc. %s" % (ORG["phone"], ORG["fax"])])
        m.atts.append(A.Att(T(lang, "formulaire_vierge.pdf", "blank_form.pdf"), "application/pdf", data))
    else:
        m.atts.append(A.Att(T(lang, "Formulaire - %s.docx" % title[:20], "Form - %s.docx" % title[:20]),
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", A.docx_bytes(title, [("table", rows)])))
    m.subject = rng.choice([T(lang, "Nouveau formulaire", "New form"), title])
    return m


# ---------------------------------------------------------------------------
def n_template(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "template", T(lang, "gabarit de publipostage", "mail-merge template"))
    m.sender = addr(rng.choice(["gosselin", "dufresne"]), lang)
    m.to = [addr("bedard", lang), addr("arsenault", lang)]
    ph = rng.choice([("{{prenom}}", "{{nom}}", "{{date_rdv}}", "{{heure_rdv}}", "{{professionnel}}"),
                     ("«Prénom»", "«Nom»", "«DateRDV»", "«HeureRDV»", "«Intervenant»"),
                     ("[PRÉNOM]", "[NOM]", "[DATE]", "[HEURE]", "[CLINICIEN]")])
    if lang == "fr":
        tpl = ["Bonjour %s %s," % ph[:2], "", "Nous vous rappelons votre rendez-vous le %s à %s avec %s à la %s." % (ph[2], ph[3], ph[4], ORG["clinic_fr"]),
               "Apportez votre carte d'assurance maladie et vos espadrilles si un test à l'effort est prévu.",
               "Pour annuler : %s (48 h à l'avance)." % ORG["phone"]]
        intro = "Voici le nouveau gabarit de rappel à utiliser pour le publipostage. Ne pas modifier les champs entre crochets/guillemets."
    else:
        tpl = ["Hello %s %s," % ph[:2], "", "This is a reminder of your appointment on %s at %s with %s at the %s." % (ph[2], ph[3], ph[4], ORG["clinic_en"]),
               "Please bring your health insurance card and running shoes if an exercise test is planned.",
               "To cancel: %s (48 hours' notice)." % ORG["phone"]]
        intro = "Here is the new reminder template for the mail merge. Do not edit the merge fields."
    m.text = "\n".join([greet(lang, rng), "", intro, "", "-----"] + tpl + ["-----", "", thanks(lang, rng)])
    if rng.random() < 0.5:
        m.atts.append(A.Att(T(lang, "gabarit_rappel.docx", "reminder_template.docx"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            A.docx_bytes(T(lang, "Gabarit — rappel de rendez-vous", "Template — appointment reminder"), tpl)))
    m.subject = T(lang, "Gabarit de rappel - publipostage", "Reminder template - mail merge")
    return m


# ---------------------------------------------------------------------------
def n_drug_shortage(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "drug_shortage", T(lang, "avis de pénurie de médicament", "drug shortage notice"))
    m.sender = addr("houle", lang)
    m.to = [("Prescripteurs CMSCC", "medecins-cmscc@" + D)]
    drug = rng.choice([("naproxène 500 mg (Naprosyn)", "naproxen 500 mg (Naprosyn)", "ibuprofène 400 mg ou diclofénac topique", "ibuprofen 400 mg or topical diclofenac"),
                       ("amitriptyline 10 mg", "amitriptyline 10 mg", "nortriptyline 10 mg HS", "nortriptyline 10 mg HS"),
                       ("méthylprednisolone 40 mg/mL (Depo-Medrol)", "methylprednisolone 40 mg/mL (Depo-Medrol)", "triamcinolone 40 mg/mL (Kenalog)", "triamcinolone 40 mg/mL (Kenalog)")])
    m.text = "\n".join([greet(lang, rng), "",
                        T(lang, "Le fournisseur nous informe d'une rupture d'approvisionnement de %s jusqu'à la fin du mois prochain." % drug[0],
                          "The supplier reports a shortage of %s until the end of next month." % drug[1]),
                        T(lang, "Alternative suggérée par le comité de pharmacologie : %s." % drug[2], "Alternative recommended by the pharmacology committee: %s." % drug[3]),
                        T(lang, "Les ordonnances en cours ne sont pas touchées; les pharmacies communautaires sont avisées.",
                          "Current prescriptions are not affected; community pharmacies have been informed."),
                        "", signature("houle", lang, rng)])
    m.subject = T(lang, "Pénurie - %s" % drug[0], "Shortage - %s" % drug[1])
    return m


# ---------------------------------------------------------------------------
def n_recall(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "recall", T(lang, "avis de rappel de produit", "product recall notice"))
    m.sender = ("Gestion des risques", "gestion.risques@" + D)
    m.to = [ALL_STAFF]
    lots = [luhn_serial(rng, 10) for _ in range(3)]
    prod = rng.choice(T(lang, ["orthèse de genou articulée modèle KX-4", "casque d'évaluation de l'équilibre VR-Balance", "électrodes TENS autocollantes 5x5 cm"],
                       ["KX-4 hinged knee brace", "VR-Balance assessment headset", "5x5 cm self-adhesive TENS electrodes"]))
    m.text = "\n".join([T(lang, "AVIS DE RAPPEL — Santé Canada, type II", "RECALL NOTICE — Health Canada, type II"), "",
                        T(lang, "Produit : %s" % prod, "Product: %s" % prod),
                        T(lang, "Lots visés : ", "Affected lots: ") + ", ".join(lots),
                        T(lang, "Problème : charnière pouvant se rompre sous charge / défaut d'adhérence.", "Issue: hinge may break under load / adhesion defect."),
                        T(lang, "Action : retirer les unités des lots visés de l'inventaire et les déposer au magasin central, local B-010.",
                          "Action: pull units from affected lots and return them to central stores, room B-010."),
                        "", T(lang, "Gestion des risques — poste 2290", "Risk management — ext. 2290")])
    m.subject = T(lang, "Rappel de produit - %s" % prod, "Product recall - %s" % prod)
    return m


# ---------------------------------------------------------------------------
def n_research_protocol(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "research_protocol", T(lang, "protocole de recherche sans participants identifiés", "research protocol without participant identities"))
    m.sender = addr("reid", lang)
    m.to = [addr(k, lang) for k in ["lacasse", "raman", "coutu"]]
    code = "CMSCC-%d-%02d" % (ctx.day.year, rng.randrange(1, 40))
    blocks = [("h", T(lang, "Titre", "Title")),
              T(lang, "Effet de l'exercice aérobie sous-maximal précoce sur la durée des symptômes post-commotionnels chez les 12-18 ans : essai randomisé.",
                "Effect of early sub-threshold aerobic exercise on post-concussion symptom duration in 12-18-year-olds: a randomised trial."),
              ("h", T(lang, "Critères d'inclusion", "Inclusion criteria")),
              T(lang, "12 à 18 ans; commotion diagnostiquée < 10 jours; consentement parental.", "Age 12-18; concussion diagnosed < 10 days; parental consent."),
              ("h", T(lang, "Critères d'exclusion", "Exclusion criteria")),
              T(lang, "TCC modéré ou grave; hémorragie à l'imagerie; trouble cardiaque connu.", "Moderate or severe TBI; haemorrhage on imaging; known heart disease."),
              ("h", T(lang, "Taille d'échantillon", "Sample size")), T(lang, "n = 120 (60 / 60), puissance 80 %, alpha 0,05.", "n = 120 (60 / 60), 80% power, alpha 0.05."),
              ("h", T(lang, "Issue principale", "Primary outcome")), T(lang, "Jours jusqu'à la résolution des symptômes (PCSS < 7).", "Days to symptom resolution (PCSS < 7).")]
    m.text = "\n".join([greet(lang, rng), "", T(lang, "Version 2.1 du protocole %s pour révision avant le dépôt au CER le %s." % (code, fmt_date(ctx.future(10, 30).date(), lang)),
                                                "Version 2.1 of protocol %s for review before REB submission on %s." % (code, fmt_date(ctx.future(10, 30).date(), lang))),
                        T(lang, "Commentaires en mode révision svp.", "Please comment in track changes."), "", signature("reid", lang, rng)])
    m.atts.append(A.Att("Protocole_%s_v2.1.docx" % code, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        A.docx_bytes(T(lang, "Protocole de recherche %s" % code, "Research protocol %s" % code), blocks)))
    m.subject = T(lang, "Protocole %s - v2.1 pour révision" % code, "Protocol %s - v2.1 for review" % code)
    return m


# ---------------------------------------------------------------------------
def n_staff_birthday(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "staff_news", T(lang, "annonce sociale du personnel (anniversaire ou naissance)", "staff social announcement (birthday or birth)"))
    k = rng.choice(["vezina", "dufresne", "arsenault"])
    m.sender = addr(k, lang)
    m.to = [ALL_STAFF]
    if rng.random() < 0.5:
        who = rng.choice(["coutu", "grondin", "ferron", "rioux", "stewart", "haddad"])
        bday = datetime.date(rng.randint(1975, 1998), ctx.day.month, min(28, ctx.day.day + rng.randint(0, 3)))
        m.text = "\n".join([greet(lang, rng), "",
                            T(lang, "C'est la fête de %s cette semaine (%s le %s, on ne dira pas l'âge!). Gâteau à la salle du personnel jeudi à 14 h 30."
                              % (staff_name(who, lang), "née" if STAFF[who][5] == "F" else "né", fmt_date(bday, lang)),
                              "It's %s's birthday this week (born %s - we won't say how old!). Cake in the staff room Thursday at 2:30."
                              % (staff_name(who, lang), fmt_date(bday, lang))), "", first(k)])
        m.subject = T(lang, "Bonne fête!", "Happy birthday!")
    else:
        who = rng.choice(["lacasse", "coutu", "stewart", "haddad", "ferron"])
        g = rng.choice(NAMES_BY_AGE[("fr" if lang == "fr" else "en", "F", "young")])
        bd = ctx.past(2, 10)
        m.text = "\n".join([greet(lang, rng), "",
                            T(lang, "Belle nouvelle : %s a accouché de la petite %s le %s, 3,4 kg. Maman et bébé se portent bien! Une carte circule à l'accueil."
                              % (staff_name(who, lang), g, fmt_date(bd, lang)),
                              "Great news: %s had a baby girl, %s, on %s, 7 lb 8 oz. Mom and baby are doing well! A card is going around at reception."
                              % (staff_name(who, lang), g, fmt_date(bd, lang))), "", first(k)])
        m.subject = T(lang, "Bienvenue bébé!", "Welcome baby!")
    return m


BUILDERS = [
    (n_vacation_schedule, 5), (n_oncall, 5), (n_payroll, 4), (n_newsletter, 5), (n_committee, 5), (n_conference, 5),
    (n_job_posting, 5), (n_invoice, 5), (n_purchase_order, 5), (n_inventory, 4), (n_it_notice, 6), (n_facilities, 5),
    (n_statistics, 5), (n_teaching_case, 5), (n_blank_form, 5), (n_template, 4), (n_drug_shortage, 4), (n_recall, 4),
    (n_research_protocol, 4), (n_staff_birthday, 5),
]
