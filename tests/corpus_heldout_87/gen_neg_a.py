"""Negative (non-confidential) templates, part A: interpreters, partners, funding, statistics,
training, schedules, staff health, newsletters.  No identifiable patient anywhere."""
import datetime

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_xlsx
from gen_build import greet, html_table, sign
from gen_common import (CLINIC_ADDR, CLINIC_DOM, CLINIC_EN, CLINIC_FR, HOSP, HOSP_DOM, HOSP_SHORT,
                        INTERP_AGENCY, INTERP_DOM, INTERPRETERS, LANG_EN, PARTNERS, STAFF, fdate,
                        fday, staff_addr, staff_name, strip_accents)
from gen_ctx import T, Types

PARTNER_CONTACTS = [("Abdullahi", "Hersi"), ("Marie-Josée", "Lanctôt"), ("Nasrin", "Azadeh"),
                    ("Kiflom", "Araya"), ("Lorena", "Villalba"), ("Tharsan", "Jeyakumar"),
                    ("Viktoriia", "Horbenko"), ("Rood", "Désilus"), ("Fahim", "Ahmadzai"),
                    ("Claudette", "Bisaillon")]


def _interp_mail(it):
    return "%s.%s@%s" % (strip_accents(it[0]).lower(), strip_accents(it[1]).lower(), INTERP_DOM)


def n_interp_roster(c, lang):
    r = c.rng
    m = c.mail("interpreter_roster", lang)
    coord = c.staff("interpreter coordinator")
    m.frm = c.who(coord, hosp=False)
    m.to = [("Équipe clinique Passerelle" if lang == "fr" else "Passerelle clinical team", "equipe@" + CLINIC_DOM)]
    monday = m.date.date() + datetime.timedelta(days=7 - m.date.weekday())
    rows = [T(lang, ["Jour", "Interprète", "Langue(s)", "Plage", "Local"], ["Day", "Interpreter", "Language(s)", "Slot", "Room"])]
    for d in range(5):
        day = monday + datetime.timedelta(days=d)
        for it in r.sample(INTERPRETERS, r.randint(2, 4)):
            rows.append([fday(day, lang), "%s %s" % (it[0], it[1]), it[2] if lang == "fr" else LANG_EN[it[2]],
                         r.choice(["8h30-12h", "13h-16h30", "9h-15h"]) if lang == "fr" else r.choice(["8:30-12", "1-4:30", "9-3"]),
                         r.choice(["1.04", "1.06", "2.12", T(lang, "vidéo", "video")])])
    m.subject = T(lang, "Horaire des interprètes - semaine du %s" % fdate(monday, "fr"),
                  "Interpreter roster - week of %s" % fdate(monday, "en"))
    intro = T(lang, "Voici l'horaire des interprètes sur place la semaine prochaine. Pour les autres langues "
                    "(amharique, kinyarwanda, rohingya), passer par la BRI au moins 48 h à l'avance.",
              "Here is next week's on-site interpreter roster. For other languages (Amharic, Kinyarwanda, "
              "Rohingya) book through BRI at least 48 h ahead.")
    if r.random() < 0.5:
        m.html = ("<html><body><p>%s</p><p>%s</p>%s<p>%s</p></body></html>" % (
            greet(r, lang), intro, html_table(rows, r), sign(r, coord, lang, short=True)))
        if r.random() < 0.5:
            m.text = "\n".join([greet(r, lang), "", intro, ""] + [" | ".join(x) for x in rows] + ["", sign(r, coord, lang, short=True)])
    else:
        m.text = "\n".join([greet(r, lang), "", intro, "", T(lang, "Fichier Excel ci-joint.", "Excel file attached."),
                            "", sign(r, coord, lang)])
        m.attach(make_xlsx([(T(lang, "Horaire", "Roster"), rows)], author=staff_name(coord)),
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 T(lang, "horaire_interpretes_%s.xlsx" % monday.isoformat(), "interpreter_roster_%s.xlsx" % monday.isoformat()))
    m.note = T(lang, "horaire des interprètes (personnel seulement)", "interpreter roster (staff only)")
    return m


def n_interp_howto(c, lang):
    r = c.rng
    m = c.mail("interpreter_howto", lang)
    coord = c.staff("interpreter coordinator", "manager")
    m.frm = c.who(coord, hosp=r.random() < 0.5)
    m.to = [(T(lang, "Tout le personnel", "All staff"), "tous@" + HOSP_DOM)]
    fields = T(lang, ["Nom de l'usager : ____________________", "Langue et dialecte : ______________",
                      "Date / heure : ____________", "Durée prévue : ______", "Service : ______________",
                      "Présentiel / vidéo / téléphone : ______", "Préférence de genre : ______"],
               ["Client name: ____________________", "Language and dialect: ______________",
                "Date / time: ____________", "Expected duration: ______", "Service: ______________",
                "In person / video / phone: ______", "Gender preference: ______"])
    doc = make_docx(fields + [T(lang, "Ne pas inscrire de renseignements cliniques sur ce formulaire.",
                                "Do not write clinical information on this form.")],
                    title=T(lang, "Formulaire de demande d'interprète", "Interpreter request form"),
                    author=staff_name(coord))
    m.attach(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             T(lang, "Formulaire_demande_interprète_v%d.docx" % r.randint(2, 6), "Interpreter_request_form_v%d.docx" % r.randint(2, 6)))
    tips = T(lang, [
        "Réservez au moins 48 h à l'avance (72 h pour le tigrigna, le dari et le rohingya).",
        "N'utilisez pas les enfants comme interprètes, même pour un simple rendez-vous.",
        "Pour une annonce de mauvaise nouvelle, prévoyez 10 minutes de breffage avec l'interprète.",
        "Les annulations de moins de 24 h sont facturées à 100 %.",
        "Le service téléphonique 24/7 : 1-800-555-0147, code d'établissement %d." % r.randint(1000, 9999),
    ], [
        "Book at least 48 h ahead (72 h for Tigrinya, Dari and Rohingya).",
        "Never use children as interpreters, even for a simple appointment.",
        "For breaking bad news, plan a 10-minute pre-brief with the interpreter.",
        "Cancellations under 24 h are billed in full.",
        "24/7 phone line: 1-800-555-0147, facility code %d." % r.randint(1000, 9999),
    ])
    r.shuffle(tips)
    m.subject = T(lang, r.choice(["Rappel : réserver un interprète", "Nouveau formulaire de demande d'interprète",
                                  "Bonnes pratiques - interprétation"]),
                  r.choice(["Reminder: booking interpreters", "New interpreter request form", "Working with interpreters - tips"]))
    m.text = "\n".join([greet(r, lang), ""] + ["- " + t for t in tips[:r.randint(3, 5)]] + ["", sign(r, coord, lang)])
    if r.random() < 0.4:
        m.html = True
    m.note = T(lang, "procédure et formulaire vierge d'interprète", "interpreter procedure and blank form")
    return m


def n_interp_invoice(c, lang):
    r = c.rng
    m = c.mail("interpreter_invoice", lang)
    bill = c.staff("billing", "manager")
    m.frm = ("Facturation BRI", "facturation@" + INTERP_DOM)
    m.to = [c.who(bill, hosp=False)]
    inv = "BRI-%d-%05d" % (2024 + r.randint(0, 1), r.randint(100, 99999))
    po = "BC-%07d" % r.randint(1000000, 9999999)
    rows = [T(lang, ["Langue", "Heures", "Taux", "Montant"], ["Language", "Hours", "Rate", "Amount"])]
    total = 0
    for it in r.sample(INTERPRETERS, r.randint(4, 8)):
        h = r.randint(3, 60) + r.choice([0, 0.5])
        rate = r.choice([52, 55, 60, 68])
        total += h * rate
        rows.append([it[2] if lang == "fr" else LANG_EN[it[2]], "%.1f" % h, "%d $" % rate, "%.2f $" % (h * rate)])
    rows.append(["Total", "", "", "%.2f $" % total])
    pdf = make_pdf([T(lang, "Facture no %s" % inv, "Invoice no. %s" % inv), T(lang, "Bon de commande : %s" % po, "PO: %s" % po),
                    T(lang, "Période : %s" % fdate(m.date.date().replace(day=1), "fr"), "Period: %s" % fdate(m.date.date().replace(day=1), "en")),
                    "TPS 87654 3210 RT0001 / TVQ 1234567890 TQ0001"], title=INTERP_AGENCY, table=rows,
                   compress=r.random() < 0.5)
    m.attach(pdf, "application/pdf", "%s.pdf" % inv)
    m.subject = T(lang, "Facture %s" % inv, "Invoice %s" % inv)
    m.text = "\n".join([greet(r, lang), "", T(lang, "Veuillez trouver ci-jointe notre facture pour les services "
                                                   "d'interprétation du mois. Paiement net 30 jours.",
                                               "Please find attached our invoice for this month's interpreting "
                                               "services. Net 30."), "",
                        T(lang, "Service de la facturation\n%s" % INTERP_AGENCY, "Billing department\n%s" % INTERP_AGENCY)])
    m.note = T(lang, "facture d'interprétation (heures par langue)", "interpreting invoice (hours by language)")
    return m


def n_partner(c, lang):
    r = c.rng
    m = c.mail("community_partner", lang)
    org, dom = r.choice(PARTNERS)
    ct = r.choice(PARTNER_CONTACTS)
    m.frm = ("%s %s" % ct, "%s@%s" % (strip_accents(ct[0]).lower().replace("-", ""), dom))
    m.to = [c.who(c.staff("social", "community", "manager"), hosp=False)]
    ev = c.future(m, 7, 40)
    kind = r.randrange(5)
    if kind == 0:
        subj = T(lang, "Portes ouvertes - %s" % org, "Open house - %s" % org)
        body = T(lang, "Nous tenons nos portes ouvertes le %s de 14 h à 18 h. Kiosques : francisation, aide aux "
                       "impôts, banque alimentaire, vêtements d'hiver pour enfants. Vos intervenants sont les bienvenus!" % fday(ev.date(), "fr"),
                 "Our open house is on %s, 2-6 pm. Booths: French classes, tax clinic, food bank, children's winter "
                 "clothing. Your staff are very welcome!" % fday(ev.date(), "en"))
    elif kind == 1:
        subj = T(lang, "Collecte de manteaux d'hiver", "Winter coat drive")
        body = T(lang, "La collecte de manteaux se poursuit jusqu'au %s. Nous manquons surtout de bottes pour enfants "
                       "(pointures 10 à 4). Dépôt possible à votre accueil?" % fdate(ev.date(), "fr"),
                 "The coat drive runs until %s. We are short on children's boots (sizes 10 to 4). Could we leave a "
                 "drop box at your reception?" % fdate(ev.date(), "en"))
    elif kind == 2:
        subj = T(lang, "Séance d'information pour nouveaux arrivants", "Info session for newcomers")
        body = T(lang, "Séance d'information sur le système de santé québécois (RAMQ, délai de carence, PFSI, Info-Santé 811) "
                       "le %s, en arabe, dari et espagnol. Pourriez-vous déléguer une infirmière pour répondre aux questions?" % fday(ev.date(), "fr"),
                 "Info session on the Quebec health system (RAMQ, waiting period, IFHP, Info-Santé 811) on %s, in Arabic, "
                 "Dari and Spanish. Could you send a nurse to answer questions?" % fday(ev.date(), "en"))
    elif kind == 3:
        subj = T(lang, "Nouvelle entente de référence", "New referral agreement")
        body = T(lang, "Notre conseil d'administration a approuvé l'entente de référence avec votre clinique. Les références "
                       "passeront par le formulaire commun (sans diagnostic, seulement le besoin : logement, francisation, "
                       "emploi). Je vous envoie la version signée d'ici vendredi.",
                 "Our board approved the referral agreement with your clinic. Referrals will go through the shared form "
                 "(no diagnosis, only the need: housing, French classes, employment). Signed copy coming by Friday.")
    else:
        subj = T(lang, "Merci pour la clinique de vaccination", "Thank you for the vaccination clinic")
        body = T(lang, "Un immense merci à l'équipe pour la clinique de vaccination de samedi : %d personnes vaccinées, "
                       "dont %d enfants. Les familles ont apprécié la présence des interprètes." % (r.randint(40, 140), r.randint(15, 60)),
                 "A huge thank-you to the team for Saturday's vaccination clinic: %d people vaccinated, including %d "
                 "children. Families really appreciated having interpreters there." % (r.randint(40, 140), r.randint(15, 60)))
    m.subject = subj
    m.text = "\n".join([greet(r, lang), "", body, "", "%s %s" % ct, org, "514-555-01%02d" % r.randint(20, 99)])
    if r.random() < 0.4:
        m.html = True
    m.note = T(lang, "courriel d'un partenaire communautaire", "community partner mail")
    return m


def n_funding(c, lang):
    r = c.rng
    m = c.mail("funding", lang)
    mgr = c.staff("manager")
    m.frm = c.who(mgr, hosp=False)
    m.to = [(T(lang, "Comité de direction", "Leadership committee"), "direction@" + CLINIC_DOM)]
    amt = r.randint(80, 900) * 1000
    kind = r.randrange(3)
    if kind == 0:
        m.subject = T(lang, "Subvention PASM - réponse positive", "Grant approved - mental health program")
        body = T(lang, "Bonne nouvelle : le ministère accorde %s $ sur 3 ans pour le volet santé mentale des réfugiés "
                       "(2 ETP psychologues + heures d'interprétation). Le rapport d'étape est dû le 31 mars." % format(amt, ",").replace(",", " "),
                 "Good news: the ministry is granting $%s over 3 years for refugee mental health (2 FTE psychologists + "
                 "interpreting hours). Progress report due March 31." % format(amt, ","))
    elif kind == 1:
        m.subject = T(lang, "Budget interprétation - dépassement prévu", "Interpreting budget - projected overrun")
        body = T(lang, "Au rythme actuel, le budget d'interprétation sera dépassé d'environ %d %% d'ici mars. Voir le "
                       "tableau ci-joint par langue. Je propose de prioriser la vidéo pour les suivis courts." % r.randint(8, 30),
                 "At the current pace the interpreting budget will be over by about %d%% by March. See the attached "
                 "table by language. I suggest prioritising video for short follow-ups." % r.randint(8, 30))
        rows = [T(lang, ["Langue", "Budget", "Réel (YTD)", "Projection"], ["Language", "Budget", "Actual (YTD)", "Forecast"])]
        for it in INTERPRETERS[:8]:
            b = r.randint(8, 60) * 1000
            rows.append([T(lang, it[2], LANG_EN[it[2]]), b, int(b * r.uniform(0.5, 0.9)), int(b * r.uniform(0.9, 1.4))])
        m.attach(make_xlsx([("Budget", rows)], author=staff_name(mgr)),
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", T(lang, "budget_interpretation.xlsx", "interpreting_budget.xlsx"))
    else:
        m.subject = T(lang, "Appel de projets - Fondation %s" % r.choice(["Horizon", "Boréale", "des Trois-Rivières-Est"]),
                      "Call for proposals - %s Foundation" % r.choice(["Horizon", "Boreal", "Lakeside"]))
        body = T(lang, "Un appel de projets est ouvert jusqu'au %s (maximum 50 000 $) pour des initiatives en santé des "
                       "femmes immigrantes. Qui veut piloter la demande? Je pense au projet de doulas communautaires." % fdate(c.future(m, 20, 60).date(), "fr"),
                 "A call for proposals is open until %s (max $50,000) for immigrant women's health initiatives. Who "
                 "wants to lead? I'm thinking of the community doula project." % fdate(c.future(m, 20, 60).date(), "en"))
    m.text = "\n".join([greet(r, lang), "", body, "", sign(r, mgr, lang)])
    m.note = T(lang, "financement / budget", "funding / budget")
    return m


COUNTRIES = [("Afghanistan", "Afghanistan"), ("Syrie", "Syria"), ("Érythrée", "Eritrea"), ("Ukraine", "Ukraine"),
             ("Haïti", "Haiti"), ("Colombie", "Colombia"), ("RDC", "DRC"), ("Somalie", "Somalia"),
             ("Sri Lanka", "Sri Lanka"), ("Iran", "Iran"), ("Mexique", "Mexico"), ("Soudan", "Sudan")]


def n_stats(c, lang):
    r = c.rng
    m = c.mail("statistics", lang)
    an = c.staff("data analyst")
    m.frm = c.who(an, hosp=r.random() < 0.5)
    m.to = [c.who(c.staff("manager"), hosp=False)]
    mo = m.date.date().replace(day=1) - datetime.timedelta(days=1)
    rows = [T(lang, ["Pays", "Bilans d'accueil", "IGRA +", "Strongy +", "AgHBs +", "Heures interprète"],
              ["Country", "Intake assessments", "IGRA +", "Strongy +", "HBsAg +", "Interpreter hours"])]
    tot = 0
    for fr_, en_ in r.sample(COUNTRIES, r.randint(6, 10)):
        n = r.randint(4, 80)
        tot += n
        rows.append([T(lang, fr_, en_), n, r.randint(0, n // 4), r.randint(0, n // 6), r.randint(0, n // 10), r.randint(5, 120)])
    igra = "%.1f" % r.uniform(14, 32)
    m.subject = T(lang, "Statistiques %s %d" % (["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                                 "septembre", "octobre", "novembre", "décembre"][mo.month - 1], mo.year),
                  "Stats for %s %d" % (mo.strftime("%B"), mo.year))
    body = T(lang, "Total : %d bilans d'accueil, taux de positivité IGRA %s %%, délai moyen avant le premier "
                   "rendez-vous : %d jours. Les cellules < 5 sont à masquer avant diffusion externe." % (tot, igra.replace(".", ","), r.randint(9, 40)),
             "Total: %d intake assessments, IGRA positivity %s%%, mean wait to first visit: %d days. Cells < 5 must "
             "be suppressed before any external release." % (tot, igra, r.randint(9, 40)))
    k = r.randrange(3)
    if k == 0:
        m.attach(make_xlsx([(T(lang, "Mensuel", "Monthly"), rows)], author=staff_name(an)),
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 T(lang, "stats_%s.xlsx" % mo.strftime("%Y-%m"), "stats_%s.xlsx" % mo.strftime("%Y-%m")))
        m.text = "\n".join([greet(r, lang), "", body, "", sign(r, an, lang)])
    elif k == 1:
        m.attach(make_csv(rows, sep=";" if lang == "fr" else ","), "text/csv; charset=utf-8",
                 "stats_%s.csv" % mo.strftime("%Y%m"), cte=r.choice(["7bit", "base64", "quoted-printable"]))
        m.text = "\n".join([greet(r, lang), "", body, "", sign(r, an, lang)])
    else:
        m.html = "<html><body><p>%s</p><p>%s</p>%s<p>%s</p></body></html>" % (greet(r, lang), body, html_table(rows, r),
                                                                              sign(r, an, lang, short=True))
    m.note = T(lang, "statistiques agrégées par pays", "aggregate statistics by country")
    return m


def n_training(c, lang):
    r = c.rng
    m = c.mail("training", lang)
    org = c.staff("manager", "HR", "psychologist", "social")
    m.frm = c.who(org, hosp=r.random() < 0.5)
    m.to = [(T(lang, "Liste - personnel clinique", "Clinical staff list"), "clinique-liste@" + HOSP_DOM)]
    topics = T(lang, ["Compétence culturelle et humilité culturelle en soins", "Soins tenant compte des traumatismes",
                      "Travailler avec un interprète : bonnes pratiques", "Mutilations génitales féminines : approche clinique",
                      "Santé mentale des demandeurs d'asile", "Racisme systémique et accès aux soins",
                      "Annoncer un diagnostic avec un interprète"],
               ["Cultural competence and cultural humility in care", "Trauma-informed care",
                "Working with interpreters: best practices", "Female genital cutting: a clinical approach",
                "Mental health of asylum seekers", "Systemic racism and access to care",
                "Breaking bad news through an interpreter"])
    t = r.choice(topics)
    ev = c.future(m, 7, 45)
    spk = c.staff("psychiatrist", "psychologist", "physician", "social", "obstetrician")
    itp = r.choice(INTERPRETERS)
    m.subject = T(lang, "Formation : %s" % t, "Training: %s" % t)
    body = T(lang, "Formation de %d h le %s à %s, salle %s et sur Teams. Animée par %s (%s) et %s, interprète "
                   "(%s). Crédits de formation continue reconnus. Inscription avant le %s." % (
                       r.choice([2, 3]), fday(ev.date(), "fr"), ev.strftime("%Hh%M"), r.choice(["A-210", "B-114", "Amphi 2"]),
                       staff_name(spk), spk[2], "%s %s" % itp[:2], itp[2],
                       fdate(ev.date() - datetime.timedelta(days=3), "fr")),
             "%d-hour session on %s at %s, room %s and on Teams. Led by %s (%s) and %s, interpreter (%s). CME "
             "credits available. Register by %s." % (
                 r.choice([2, 3]), fday(ev.date(), "en"), ev.strftime("%I:%M %p"), r.choice(["A-210", "B-114", "Auditorium 2"]),
                 staff_name(spk), spk[3], "%s %s" % itp[:2], LANG_EN[itp[2]],
                 fdate(ev.date() - datetime.timedelta(days=3), "en")))
    extra = T(lang, "Des vignettes cliniques anonymisées seront discutées; merci de ne pas apporter de cas réels nominatifs.",
              "Anonymised clinical vignettes will be discussed; please do not bring identifiable real cases.")
    m.text = "\n".join([greet(r, lang), "", body, "", extra, "", sign(r, org, lang)])
    if r.random() < 0.5:
        m.html = True
    if r.random() < 0.4:
        ics = make_ics("%08x@%s" % (r.getrandbits(32), HOSP_DOM), ev, ev + datetime.timedelta(hours=2), t,
                       T(lang, "Formation continue - inscription obligatoire", "CME session - registration required"),
                       "Salle A-210", (staff_name(org), staff_addr(org, HOSP_DOM)))
        m.attach(ics, "text/calendar; charset=utf-8", "formation.ics" if lang == "fr" else "training.ics", cte="base64")
    m.note = T(lang, "annonce de formation (compétence culturelle, trauma)", "training announcement")
    return m


def n_schedule(c, lang):
    r = c.rng
    m = c.mail("staff_schedule", lang)
    mgr = c.staff("manager", "coordinator")
    m.frm = c.who(mgr)
    m.to = [(T(lang, "Équipe", "Team"), "equipe@" + CLINIC_DOM)]
    k = r.randrange(3)
    if k == 0:
        docs = r.sample([s for s in STAFF if s[0].startswith("Dr")], 4)
        rows = []
        start = m.date.date() + datetime.timedelta(days=7 - m.date.weekday())
        for i in range(10):
            d = start + datetime.timedelta(days=i)
            if d.weekday() < 5:
                rows.append("%s : %s" % (fday(d, lang), staff_name(docs[i % 4])))
        m.subject = T(lang, "Garde - clinique sans rendez-vous", "Walk-in clinic on-call")
        m.text = "\n".join([greet(r, lang), "", T(lang, "Horaire de garde de la clinique sans rendez-vous :",
                                                   "On-call schedule for the walk-in clinic:"), ""] + rows +
                           ["", T(lang, "Échanges de garde : m'aviser par courriel.", "Shift swaps: e-mail me."), "", sign(r, mgr, lang)])
    elif k == 1:
        who = c.staff()
        d1 = c.future(m, 10, 60).date()
        m.subject = T(lang, "Vacances - %s" % staff_plain(who), "Vacation - %s" % staff_plain(who))
        m.text = "\n".join([greet(r, lang), "", T(lang, "%s sera en vacances du %s au %s. %s assure le remplacement." % (
            staff_name(who), fdate(d1, "fr"), fdate(d1 + datetime.timedelta(days=r.randint(5, 16)), "fr"), staff_name(c.staff())),
            "%s will be on vacation from %s to %s. %s is covering." % (
                staff_name(who), fdate(d1, "en"), fdate(d1 + datetime.timedelta(days=r.randint(5, 16)), "en"), staff_name(c.staff()))),
            "", sign(r, mgr, lang, short=True)])
    else:
        ev = c.future(m, 2, 14)
        m.subject = T(lang, "Réunion d'équipe mensuelle", "Monthly team meeting")
        ics = make_ics("%08x@%s" % (r.getrandbits(32), CLINIC_DOM), ev, ev + datetime.timedelta(hours=1),
                       T(lang, "Réunion d'équipe - Passerelle", "Team meeting - Passerelle"),
                       T(lang, "Ordre du jour : statistiques, horaire d'été, formation interprètes, varia",
                         "Agenda: stats, summer schedule, interpreter training, other"),
                       T(lang, "Salle 3.02", "Room 3.02"), (staff_name(mgr), staff_addr(mgr)),
                       [(staff_name(s), staff_addr(s)) for s in r.sample(STAFF, 4)])
        m.attach(ics, "text/calendar; method=REQUEST; charset=utf-8", "invite.ics", cte=r.choice(["7bit", "base64"]))
        m.text = T(lang, "Invitation : réunion d'équipe %s" % fday(ev.date(), "fr"), "Invitation: team meeting %s" % fday(ev.date(), "en"))
    m.note = T(lang, "horaire / vacances / réunion du personnel", "staff schedule / leave / meeting")
    return m


def staff_plain(st):
    return st[0].replace("Dr ", "").replace("Dre ", "") + " " + st[1]


def n_staff_health(c, lang):
    r = c.rng
    m = c.mail("staff_occupational_health", lang)
    k = r.randrange(4)
    sst = ("Santé et sécurité au travail" if lang == "fr" else "Occupational Health", "sst@" + HOSP_DOM)
    if k == 0:
        m.frm = sst
        m.to = [(T(lang, "Tout le personnel", "All staff"), "tous@" + HOSP_DOM)]
        m.subject = T(lang, "TCT annuel obligatoire pour le personnel", "Mandatory annual TST for staff")
        m.text = "\n".join([greet(r, lang), "", T(lang,
            "Tous les employés de la clinique TB et de la clinique des nouveaux arrivants doivent faire leur test "
            "cutané à la tuberculine (TCT) annuel avant le %s. Lecture 48 à 72 h après l'injection. Les employés "
            "ayant un TCT positif antérieur font plutôt le questionnaire de symptômes." % fdate(c.future(m, 20, 50).date(), "fr"),
            "All TB clinic and newcomer clinic employees must complete their annual tuberculin skin test (TST) before %s. "
            "Reading 48-72 h after injection. Staff with a previous positive TST complete the symptom questionnaire "
            "instead." % fdate(c.future(m, 20, 50).date(), "en")), "", T(lang, "Santé et sécurité au travail", "Occupational Health")])
    elif k == 1:
        who = c.staff()
        m.frm = c.who(who)
        m.to = [c.who(c.staff("manager"))]
        m.subject = T(lang, r.choice(["Absente aujourd'hui", "Malade", "Congé maladie"]), r.choice(["Off sick today", "Sick day", "Out today"]))
        m.text = "\n".join([greet(r, lang), "", T(lang, r.choice([
            "Je ne rentrerai pas aujourd'hui, gastro depuis cette nuit. Mes rendez-vous de l'après-midi peuvent être déplacés.",
            "Je dois m'absenter demain pour une chirurgie mineure (genou), retour prévu lundi avec billet médical.",
            "Fièvre et toux depuis hier, test COVID négatif. Je reste à la maison par précaution."]), r.choice([
            "I won't be in today, stomach bug since last night. My afternoon appointments can be moved.",
            "I need tomorrow off for minor knee surgery, back Monday with a medical note.",
            "Fever and cough since yesterday, COVID test negative. Staying home to be safe."])),
            "", staff_plain(who).split()[0]])
    elif k == 2:
        m.frm = sst
        m.to = [(T(lang, "Gestionnaires", "Managers"), "gestionnaires@" + HOSP_DOM)]
        m.subject = T(lang, "Clinique de vaccination antigrippale - employés", "Staff flu vaccine clinic")
        m.text = "\n".join([greet(r, lang), "", T(lang,
            "La campagne de vaccination antigrippale des employés %s. Taux de vaccination du personnel l'an dernier : "
            "%d %%. Merci d'encourager vos équipes." % (
                "débute le %s" % fdate(c.future(m).date(), "fr") if m.date.month in (9, 10, 11) else
                "reprendra à l'automne (dates à confirmer)", r.randint(38, 71)),
            "The staff flu vaccine campaign %s. Last year's staff coverage: %d%%. Please encourage your teams." % (
                "starts on %s" % fdate(c.future(m).date(), "en") if m.date.month in (9, 10, 11) else
                "resumes in the fall (dates TBC)", r.randint(38, 71))), "", sst[0]])
    else:
        who = c.staff()
        m.frm = sst
        m.to = [c.who(who, hosp=True)]
        m.subject = T(lang, "Votre dossier d'immunisation - employé", "Your employee immunization record")
        m.text = "\n".join([greet(r, lang, staff_name(who)), "", T(lang,
            "Selon notre registre, il manque votre 2e dose de vaccin contre l'hépatite B et votre sérologie anti-HBs "
            "post-vaccinale. Merci de prendre rendez-vous à la clinique des employés (poste 2210).",
            "Our records show your second hepatitis B dose and post-vaccine anti-HBs titre are missing. Please book at "
            "the employee clinic (ext. 2210)."), "", sst[0]])
    m.note = T(lang, "santé au travail des employés", "employee occupational health")
    return m


def n_newsletter(c, lang):
    r = c.rng
    m = c.mail("newsletter", lang)
    m.frm = (T(lang, "Bulletin Santé des migrants", "Migrant Health Bulletin"), "bulletin@dsp-est.example")
    m.to = [("Abonnés", "abonnes@dsp-est.example")]
    items = T(lang, [
        ("Journée mondiale de la tuberculose", "Le 24 mars, rappelons que la tuberculose latente touche environ un quart de la "
         "population mondiale. Chez les nouveaux arrivants des pays à forte incidence, le dépistage par IGRA est recommandé "
         "avant 5 ans de résidence."),
        ("Rougeole : vigilance", "Des cas de rougeole importés ont été signalés. Vérifiez le statut vaccinal (2 doses de RRO) "
         "de tous les patients et employés; isolement aérien pour tout cas suspect."),
        ("Strongyloïdose", "Toute personne provenant d'une zone endémique et devant recevoir des corticostéroïdes devrait "
         "être dépistée ou traitée empiriquement à l'ivermectine."),
        ("Maladie de Chagas", "Le dépistage sérologique est recommandé chez les femmes enceintes originaires d'Amérique latine "
         "continentale."),
        ("Nouveau guide PFSI", "Le guide de facturation du Programme fédéral de santé intérimaire a été mis à jour : les "
         "services de psychothérapie sont désormais couverts jusqu'à 10 séances sans autorisation préalable."),
        ("Chaleur extrême", "Les personnes hébergées en hôtel sans climatisation sont plus à risque lors des vagues de chaleur."),
    ], [
        ("World TB Day", "On March 24, remember that latent TB affects about a quarter of the world's population. "
         "Newcomers from high-incidence countries should be screened with IGRA within 5 years of arrival."),
        ("Measles alert", "Imported measles cases have been reported. Check MMR status (2 doses) of all patients and staff; "
         "airborne isolation for any suspected case."),
        ("Strongyloidiasis", "Anyone from an endemic area who is about to receive corticosteroids should be screened or "
         "treated empirically with ivermectin."),
        ("Chagas disease", "Serological screening is recommended for pregnant women from continental Latin America."),
        ("New IFHP guide", "The Interim Federal Health Program billing guide was updated: psychotherapy is now covered up to "
         "10 sessions without prior approval."),
        ("Extreme heat", "People housed in hotels without air conditioning are at higher risk during heat waves."),
    ])
    sel = r.sample(items, r.randint(2, 4))
    m.subject = T(lang, "Bulletin Santé des migrants - no %d" % r.randint(20, 80), "Migrant Health Bulletin - issue %d" % r.randint(20, 80))
    h = ['<html><body style="font-family:Georgia,serif"><h2>%s</h2>' % m.subject]
    for t, b in sel:
        h.append("<h3>%s</h3><p>%s</p>" % (t, b))
    h.append("<p><small>%s</small></p></body></html>" % T(lang, "Pour vous désabonner, répondez DÉSABONNER.", "To unsubscribe, reply UNSUBSCRIBE."))
    m.html = "\n".join(h)
    if r.random() < 0.5:
        m.text = "\n\n".join("%s\n%s" % (t, b) for t, b in sel)
    m.note = T(lang, "bulletin sur des maladies", "disease newsletter")
    return m
