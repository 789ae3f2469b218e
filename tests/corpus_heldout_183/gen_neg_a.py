"""Negative messages, part A: staff mail (schedules, leave, payroll, occupational health, HR, training)."""
import datetime as dt

from gen_common import ORGS, fmt_date, MOIS, MONTHS, JOURS, DAYS, strip_accents
from gen_clin import Item, msg_date, workday_date, L, who, who_many, BOXES, signature
from gen_mime import Mail, Att, quote_reply, html_table, wrap_html
from gen_attach import make_pdf, make_xlsx, make_docx, make_ics, make_csv


def dn(p):
    return "%s %s" % (p["given"], p["surname"])


def dr(p, lang):
    if lang == "fr":
        return ("Dre " if p["sex"] == "F" else "Dr ") + dn(p)
    return "Dr. " + dn(p)


def _mon(d, lang):
    return (MOIS if lang == "fr" else MONTHS)[d.month - 1]


# --------------------------------------------------------------------------------------------
def n_oncall(ctx, lang):
    d = workday_date(ctx)
    chief, frm = who(ctx, lang, "chu")
    docs = ctx.staff_many(6, lang)
    res = ctx.staff_many(4, lang)
    first = dt.date(d.year, d.month, 1) + dt.timedelta(days=32)
    first = first.replace(day=1)
    rows = []
    for i in range(14):
        day = first + dt.timedelta(days=i)
        rows.append([fmt_date(day, "iso"), (JOURS if lang == "fr" else DAYS)[day.weekday()],
                     dr(docs[i % 6], lang), dn(res[i % 4]), dr(docs[(i + 2) % 6], lang)])
    hdr = L(lang, ["Date", "Jour", "Intensiviste de garde", "Résident(e)", "Garde don d'organes"],
            ["Date", "Day", "Intensivist on call", "Resident", "Donation back-up"])
    intro = L(lang, "Bonjour à tous,\n\nVoici l'horaire de garde des deux premières semaines de %s. "
                    "Les échanges doivent être approuvés avant le 20. La Dre %s est en congé de maternité jusqu'en "
                    "septembre; ses gardes ont été redistribuées.\n" % (_mon(first, "fr"), ctx.staff("fr")["surname"]),
              "Hi all,\n\nHere is the on-call schedule for the first two weeks of %s. Swaps must be approved by the "
              "20th. Dr. %s is on parental leave until September; her shifts have been reassigned.\n"
              % (_mon(first, "en"), ctx.staff("en")["surname"]))
    atts, html = [], None
    if ctx.chance(0.5):
        xl = make_xlsx([(L(lang, "Garde", "On call"), hdr, rows)], title="Horaire", author=dn(chief))
        atts.append(Att(L(lang, "horaire_garde_%s.xlsx" % first.strftime("%Y-%m"), "oncall_%s.xlsx" % first.strftime("%Y-%m")),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data=xl))
        body = intro
        shape = None
    else:
        body = intro + "\n" + "\n".join(" | ".join(r) for r in rows) + "\n"
        html = wrap_html("<p>" + intro.replace("\n\n", "</p><p>") + "</p>" + html_table(rows, hdr))
        shape = ctx.pick(["html", "alt"])
    body += signature(ctx, chief, "chu", "chef", lang)
    subj = L(lang, "Horaire de garde - %s" % _mon(first, "fr"), "On-call schedule - %s" % _mon(first, "en"))
    m = Mail(frm, [BOXES["all_usi"]], subj, body, html=html, date=d, atts=atts, lang=lang, shape=shape)
    return Item(False, "oncall_schedule", lang, m, L(lang, "horaire de garde des intensivistes", "intensivist on-call schedule"))


def n_shift_swap(ctx, lang):
    d = msg_date(ctx)
    a, afrm = who(ctx, lang, "chu")
    b, bfrm = who(ctx, lang, "chu")
    day1 = d.date() + dt.timedelta(days=ctx.rng.randrange(5, 20))
    day2 = day1 + dt.timedelta(days=ctx.rng.randrange(3, 10))
    if lang == "fr":
        orig = ("Allo tout le monde,\n\nQuelqu'un pourrait prendre mon 19h-7h du %s? Je redonne mon jour du %s "
                "ou une fin de semaine en juillet. C'est pour le baptême de ma nièce.\n\n%s"
                % (fmt_date(day1, "long", "fr"), fmt_date(day2, "long", "fr"), a["given"]))
        rep = ctx.pick(["Je peux le prendre! Je mets l'échange dans l'outil d'horaires ce soir, tu approuves?",
                        "Ok pour moi si l'AIC est d'accord. Je te prends le 19h-7h."])
        subj = "RE: Échange de quart %s" % fmt_date(day1, "dmy_slash")
    else:
        orig = ("Hi everyone,\n\nCould someone take my 19:00-07:00 on %s? I'd give back my day shift on %s or a "
                "weekend in July. It's for my niece's christening.\n\n%s"
                % (fmt_date(day1, "long", "en"), fmt_date(day2, "long", "en"), a["given"]))
        rep = ctx.pick(["I can take it! I'll enter the swap in the scheduler tonight, can you approve?",
                        "Works for me if the charge nurse agrees. I'll take your night."])
        subj = "RE: Shift swap %s" % fmt_date(day1, "iso")
    body = rep + "\n\n" + b["given"] + "\n\n" + quote_reply(orig, dn(a), afrm[1], d - dt.timedelta(hours=3), lang,
                                                             ctx.pick(["gt", "outlook"])).replace("%SUBJ%", subj[4:])
    m = Mail(bfrm, [afrm, BOXES["all_usi"]], subj, body, date=d, lang=lang)
    return Item(False, "shift_swap", lang, m, L(lang, "échange de quart de travail", "shift swap"))


def n_leave(ctx, lang):
    d = workday_date(ctx)
    mgr, frm = who(ctx, lang, "chu")
    emp, efrm = who(ctx, lang, "chu")
    s = d.date() + dt.timedelta(days=ctx.rng.randrange(20, 90))
    e = s + dt.timedelta(days=ctx.rng.randrange(6, 21))
    kind = ctx.rng.randrange(3)
    if lang == "fr":
        body = ["Bonjour %s,\n\nTes vacances du %s au %s sont approuvées. Bonnes vacances!\n",
                "Bonjour %s,\n\nTa demande de congé sans solde du %s au %s est approuvée. Merci de confirmer ta date de retour "
                "aux RH.\n",
                "Bonjour %s,\n\nTon retour progressif après ton congé de maladie est planifié du %s au %s (3 jours/semaine), "
                "selon la recommandation du bureau de santé. Bienvenue!\n"][kind]
        body = body % (emp["given"], fmt_date(s, "long", "fr"), fmt_date(e, "long", "fr"))
        subj = ["Vacances approuvées", "Congé sans solde - approbation", "Retour progressif"][kind]
    else:
        body = ["Hi %s,\n\nYour vacation from %s to %s is approved. Enjoy!\n",
                "Hi %s,\n\nYour unpaid leave from %s to %s is approved. Please confirm your return date with HR.\n",
                "Hi %s,\n\nYour graduated return to work after sick leave is scheduled from %s to %s (3 days/week), "
                "as recommended by Employee Health. Welcome back!\n"][kind]
        body = body % (emp["given"], fmt_date(s, "long", "en"), fmt_date(e, "long", "en"))
        subj = ["Vacation approved", "Unpaid leave - approved", "Graduated return to work"][kind]
    body += signature(ctx, mgr, "chu", "cadre", lang)
    m = Mail(frm, [efrm], subj, body, date=d, lang=lang)
    return Item(False, "leave_approval", lang, m, L(lang, "approbation de congé d'un employé", "staff leave approval"))


def n_payroll(ctx, lang):
    d = workday_date(ctx)
    hr, frm = who(ctx, lang, "chu")
    emp, efrm = who(ctx, lang, "chu")
    mat = "%06d" % ctx.rng.randrange(100000, 999999)
    per = ctx.rng.randrange(1, 26)
    rows = [[fmt_date(d.date() - dt.timedelta(days=14 - i * 3), "iso"),
             ctx.pick(["Soir", "Nuit", "Jour"]) if lang == "fr" else ctx.pick(["Evening", "Night", "Day"]),
             "7,25" if lang == "fr" else "7.25", ctx.pick(["0,00", "1,52", "2,90"]) if lang == "fr" else ctx.pick(["0.00", "1.52", "2.90"])]
            for i in range(4)]
    hdr = L(lang, ["Date", "Quart", "Heures", "Prime manquante ($)"], ["Date", "Shift", "Hours", "Missing premium ($)"])
    tbl = "\n".join(" | ".join(r) for r in [hdr] + rows)
    if lang == "fr":
        body = ("Bonjour %s,\n\nSuite à votre demande (matricule %s), nous avons vérifié la période de paie %d. "
                "Les primes de soir et de nuit n'avaient pas été versées pour les quarts suivants :\n\n%s\n\n"
                "L'ajustement sera fait sur la paie du %s. Votre relevé de paie sera disponible dans le portail employé.\n"
                % (emp["given"], mat, per, tbl, fmt_date(d.date() + dt.timedelta(days=9), "long", "fr")))
        subj = "Paie - période %d - ajustement des primes" % per
    else:
        body = ("Hello %s,\n\nFollowing your request (employee no. %s), we reviewed pay period %d. Evening and night "
                "premiums were not paid for these shifts:\n\n%s\n\nThe adjustment will be on the %s pay. Your pay stub "
                "will be in the employee portal.\n"
                % (emp["given"], mat, per, tbl, fmt_date(d.date() + dt.timedelta(days=9), "long", "en")))
        subj = "Payroll - period %d - premium adjustment" % per
    body += signature(ctx, hr, "chu", "rh", lang)
    m = Mail(frm, [efrm], subj, body, date=d, lang=lang)
    return Item(False, "payroll", lang, m, L(lang, "ajustement de paie d'un employé", "staff payroll adjustment"))


def n_occupational(ctx, lang):
    d = workday_date(ctx)
    nurse, frm = who(ctx, lang, "chu")
    kind = ctx.rng.randrange(3)
    if kind == 0:
        staff = ctx.staff_many(6, lang)
        rows = [[dn(s), ctx.pick(["Respira N95-A", "ProtecMask 8200", "AirGuard 95 plié"]), ctx.pick(["M", "S", "M"]),
                 L(lang, ctx.pick(["réussi", "réussi", "à refaire"]), ctx.pick(["pass", "pass", "redo"]))] for s in staff]
        hdr = L(lang, ["Employé(e)", "Modèle N95", "Taille", "Résultat"], ["Employee", "N95 model", "Size", "Result"])
        body = L(lang, "Bonjour,\n\nRésultats des essais d'ajustement N95 de mardi pour l'équipe de l'USI :\n\n",
                 "Hi,\n\nN95 fit-test results from Tuesday for the ICU team:\n\n") + \
            "\n".join(" | ".join(r) for r in [hdr] + rows) + \
            L(lang, "\n\nLes personnes à refaire peuvent se présenter jeudi entre 13 h et 15 h.\n",
              "\n\nThose who need a redo can drop by Thursday between 1 and 3 pm.\n")
        subj = L(lang, "Essais d'ajustement N95 - USI", "N95 fit testing - ICU")
        to = [BOXES["all_usi"]]
    elif kind == 1:
        emp, efrm = who(ctx, lang, "chu")
        body = L(lang, "Bonjour %s,\n\nVotre test cutané à la tuberculine (TCT) lu le %s est négatif (0 mm). "
                       "Votre dossier de santé au travail est à jour pour l'année.\n",
                 "Hi %s,\n\nYour tuberculin skin test read on %s is negative (0 mm). Your occupational health file "
                 "is up to date for the year.\n") % (emp["given"], fmt_date(d.date() - dt.timedelta(days=2), "long", lang))
        subj = L(lang, "Santé au travail - résultat TCT", "Employee Health - TST result")
        to = [efrm]
    else:
        emp, efrm = who(ctx, lang, "chu")
        body = L(lang, "Bonjour %s,\n\nSuite à votre exposition au sang du %s (piqûre d'aiguille), vos analyses de contrôle "
                       "à 6 semaines (VIH, hépatite B, hépatite C) sont négatives. Vous êtes immunisé(e) contre "
                       "l'hépatite B (anti-HBs 148 UI/L). Dernier contrôle à 3 mois.\n",
                 "Hi %s,\n\nFollowing your blood exposure on %s (needlestick), your 6-week follow-up tests (HIV, "
                 "hepatitis B, hepatitis C) are negative. You are immune to hepatitis B (anti-HBs 148 IU/L). "
                 "Final check at 3 months.\n") % (emp["given"], fmt_date(d.date() - dt.timedelta(days=43), "long", lang))
        subj = L(lang, "Suivi post-exposition - employé(e)", "Post-exposure follow-up - employee")
        to = [efrm]
    body += signature(ctx, nurse, "chu", "inf", lang)
    m = Mail(("Santé et sécurité au travail" if lang == "fr" else "Employee Health", "sst@chu-deuxrives.example"),
             to, subj, body, date=d, lang=lang)
    return Item(False, "occupational_health", lang, m, L(lang, "santé au travail d'un employé", "employee occupational health"))


def n_baby(ctx, lang):
    d = msg_date(ctx)
    a, frm = who(ctx, lang, "chu")
    parent = ctx.staff(lang)
    born = d.date() - dt.timedelta(days=ctx.rng.randrange(1, 6))
    baby = ctx.pick(["Léo", "Florence", "Charlie", "Alice", "Arthur"] if lang == "fr" else ["Theo", "Ava", "Noah", "Isla"])
    kg = "%d,%d" % (ctx.rng.randrange(2, 4), ctx.rng.randrange(0, 10))
    if lang == "fr":
        body = ("Bonne nouvelle! %s, notre collègue de nuit, a accouché de %s le %s à %d h %02d (%s kg, 51 cm). "
                "Maman et bébé vont très bien.\n\nUne carte circule au poste; on ramasse aussi pour un panier-cadeau "
                "d'ici vendredi.\n" % (dn(parent), baby, fmt_date(born, "long", "fr"), ctx.rng.randrange(0, 24),
                                        ctx.rng.randrange(60), kg))
        subj = "Bienvenue %s!" % baby
    else:
        body = ("Great news! Our night-shift colleague %s welcomed %s on %s at %d:%02d (%s kg, 51 cm). "
                "Mom and baby are doing well.\n\nA card is going around at the desk; we're also collecting for a gift "
                "basket until Friday.\n" % (dn(parent), baby, fmt_date(born, "long", "en"), ctx.rng.randrange(0, 24),
                                             ctx.rng.randrange(60), kg.replace(",", ".")))
        subj = "Welcome baby %s!" % baby
    body += "\n" + a["given"]
    m = Mail(frm, [BOXES["all_usi"]], subj, body, date=d, lang=lang)
    return Item(False, "baby_announcement", lang, m, L(lang, "annonce de naissance du bébé d'une collègue", "colleague's baby announcement"))


def n_birthdays(ctx, lang):
    d = workday_date(ctx)
    a, frm = who(ctx, lang, "chu")
    staff = ctx.staff_many(5, lang)
    lines = []
    for s in staff:
        bd = dt.date(ctx.rng.randrange(1968, 1999), d.month, ctx.rng.randrange(1, 29))
        lines.append("- %s : %s" % (dn(s), fmt_date(bd, ctx.pick(["long", "iso"]), lang)))
    if lang == "fr":
        body = ("Bonjour l'équipe,\n\nLes fêtés du mois (selon le registre du comité social) :\n\n%s\n\n"
                "Gâteau au poste central jeudi à 15 h. Apportez vos tasses!\n" % "\n".join(lines))
        subj = "Anniversaires de %s" % _mon(d, "fr")
    else:
        body = ("Hi team,\n\nThis month's birthdays (from the social committee list):\n\n%s\n\n"
                "Cake at the central desk Thursday at 3 pm. Bring your mugs!\n" % "\n".join(lines))
        subj = "%s birthdays" % _mon(d, "en")
    body += "\n" + dn(a) + L(lang, " - comité social", " - social committee")
    m = Mail(frm, [BOXES["all_usi"]], subj, body, date=d, lang=lang)
    return Item(False, "staff_birthdays", lang, m, L(lang, "anniversaires du personnel", "staff birthdays"))


def n_job_posting(ctx, lang):
    d = workday_date(ctx)
    hr, frm = who(ctx, lang, "chu")
    no = "AFF-2025-%04d" % ctx.rng.randrange(100, 9999)
    which = ctx.rng.randrange(3)
    if lang == "fr":
        title = ["Conseillère/conseiller en don d'organes et de tissus", "Infirmière clinicienne/infirmier clinicien - USI",
                 "Inhalothérapeute - soins critiques (ECMO)"][which]
        body = ("Affichage %s\n\nTitre : %s\nStatut : temps complet permanent, rotation jour/soir/nuit\n"
                "Port d'attache : %s\nÉchelle salariale : 31,07 $ à 54,80 $ / h\n\n"
                "Exigences : baccalauréat, 2 ans d'expérience en soins critiques, connaissance du processus de don "
                "après décès neurologique et cardiocirculatoire, anglais fonctionnel.\n\n"
                "Période d'affichage : du %s au %s. Postuler via le portail carrière ou à rh@chu-deuxrives.example.\n"
                "Renseignements : %s, %s\n"
                % (no, title, ORGS["chu"]["fr"], fmt_date(d.date(), "long", "fr"),
                   fmt_date(d.date() + dt.timedelta(days=14), "long", "fr"), dn(hr), ORGS["chu"]["phone"]))
        subj = "Affichage de poste %s - %s" % (no, title)
    else:
        title = ["Organ and Tissue Donation Coordinator", "Clinical Nurse - ICU", "Respiratory Therapist - Critical Care (ECMO)"][which]
        body = ("Posting %s\n\nTitle: %s\nStatus: permanent full-time, day/evening/night rotation\nSite: %s\n"
                "Salary: $31.07 to $54.80 / h\n\nRequirements: bachelor's degree, 2 years of critical care experience, "
                "knowledge of donation after neurological and circulatory death, functional French.\n\n"
                "Posting period: %s to %s. Apply through the careers portal or rh@chu-deuxrives.example.\n"
                "Information: %s, %s\n"
                % (no, title, ORGS["chu"]["en"], fmt_date(d.date(), "long", "en"),
                   fmt_date(d.date() + dt.timedelta(days=14), "long", "en"), dn(hr), ORGS["chu"]["phone"]))
        subj = "Job posting %s - %s" % (no, title)
    body += signature(ctx, hr, "chu", "rh", lang, style=0)
    m = Mail(frm, [("", "tout-le-personnel@chu-deuxrives.example")], subj, body, date=d, lang=lang)
    return Item(False, "job_posting", lang, m, L(lang, "affichage de poste", "job posting"))


def n_candidate(ctx, lang):
    d = workday_date(ctx)
    hr, frm = who(ctx, lang, "chu")
    mgr, mfrm = who(ctx, lang, "chu")
    cand = {"given": ctx.pick(["Noémie", "Jérémie", "Ariane", "Samuel", "Laurence"]) if lang == "fr" else ctx.pick(["Jordan", "Kayla", "Nathan", "Olivia"]),
            "surname": ctx.pick(["Brisebois", "Lemay-Ouimet", "Castonguay", "Trudel"]) if lang == "fr" else ctx.pick(["Albright", "Mbeki", "Foster", "Greenwood"])}
    a, area = ctx.address(lang)
    tel = ctx.phone(area)
    cv = [("h", "%s %s" % (cand["given"], cand["surname"])), ("p", "%s | %s | %s" % (a, tel, (
        strip_accents(cand["given"]) + "." + strip_accents(cand["surname"])).lower().replace(" ", "") + "@courriel.example")),
          ("h", L(lang, "Expérience", "Experience")),
          ("p", L(lang, "2019-2025 : infirmière, soins intensifs, Centre hospitalier de Mont-Cassien (ECMO, CRRT).",
                  "2019-2025: ICU nurse, Mont-Cassien Hospital Centre (ECMO, CRRT).")),
          ("h", L(lang, "Formation", "Education")),
          ("p", L(lang, "Baccalauréat en sciences infirmières, 2019. Certificat en soins critiques, 2022.",
                  "BScN, 2019. Critical care certificate, 2022."))]
    fmt = ctx.pick(["pdf", "docx"])
    if fmt == "pdf":
        att = Att("CV_%s_%s.pdf" % (strip_accents(cand["surname"]), strip_accents(cand["given"])), "application/pdf",
                  data=make_pdf(cv, title="CV", author=dn(cand)))
    else:
        att = Att("CV %s %s.docx" % (cand["given"], cand["surname"]),
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  data=make_docx(cv, title="CV", author=dn(cand)))
    body = L(lang, "Bonjour %s,\n\nCandidature reçue pour le poste de conseillère en don d'organes. Profil intéressant "
                   "(5 ans USI). Es-tu disponible pour une entrevue mardi ou mercredi prochain?\n",
             "Hi %s,\n\nApplication received for the donation coordinator position. Interesting profile (5 years ICU). "
             "Are you available for an interview next Tuesday or Wednesday?\n") % mgr["given"]
    body += signature(ctx, hr, "chu", "rh", lang)
    subj = L(lang, "Candidature - %s %s" % (cand["given"], cand["surname"]),
             "Application - %s %s" % (cand["given"], cand["surname"]))
    m = Mail(frm, [mfrm], subj, body, date=d, lang=lang, atts=[att])
    return Item(False, "job_candidate", lang, m, L(lang, "candidature avec CV", "job application with CV"))


def n_training(ctx, lang):
    d = workday_date(ctx)
    edu, frm = who(ctx, lang, "chu")
    start = dt.datetime.combine(d.date() + dt.timedelta(days=ctx.rng.randrange(7, 30)), dt.time(ctx.pick([8, 9, 13]), 0))
    topic = ctx.pick(L(lang, ["Simulation ECMO - gestion des urgences de circuit", "Atelier : approche des familles pour le don",
                              "Formation DDN - examen clinique et test d'apnée"],
                         ["ECMO simulation - circuit emergencies", "Workshop: approaching families about donation",
                          "NDD training - clinical exam and apnoea test"]))
    staff = ctx.staff_many(6, lang)
    lst = "\n".join("- " + dn(s) for s in staff)
    ics = make_ics("%08x@chu-deuxrives.example" % ctx.rng.getrandbits(32), start, start + dt.timedelta(hours=3), topic,
                   L(lang, "Présence obligatoire pour les nouvelles recrues. Apporter votre carte d'employé.",
                     "Mandatory for new hires. Bring your employee badge."),
                   L(lang, "Centre de simulation, pavillon C, 2e étage", "Simulation centre, C wing, 2nd floor"),
                   (dn(edu), frm[1]), [(dn(s), "%s.%s@chu-deuxrives.example" % (strip_accents(s["given"][0]).lower(),
                                                                              strip_accents(s["surname"]).lower())) for s in staff[:3]], d)
    body = L(lang, "Bonjour,\n\n%s - le %s.\n\nPersonnes inscrites :\n%s\n\nIl reste 4 places.\n",
             "Hello,\n\n%s - %s.\n\nRegistered:\n%s\n\n4 spots left.\n") % (topic, fmt_date(start.date(), "long", lang), lst)
    body += signature(ctx, edu, "chu", "cadre", lang)
    atts = [Att("invitation.ics", "text/calendar", text=ics)] if ctx.chance(0.6) else []
    m = Mail(frm, [BOXES["all_usi"]], topic, body, date=d, lang=lang, atts=atts)
    return Item(False, "training_session", lang, m, L(lang, "séance de formation du personnel", "staff training session"))


def n_travel(ctx, lang):
    d = workday_date(ctx)
    a, frm = who(ctx, lang, "chu")
    fin = ctx.staff(lang)
    rows = [[L(lang, "Inscription congrès", "Conference registration"), "695.00"],
            [L(lang, "Hôtel (3 nuits)", "Hotel (3 nights)"), "612.45"],
            [L(lang, "Kilométrage 512 km", "Mileage 512 km"), "276.48"],
            [L(lang, "Repas", "Meals"), "143.20"]]
    tbl = "\n".join("%-28s %10s $" % (r[0], r[1]) for r in rows)
    body = L(lang, "Bonjour %s,\n\nVoici ma demande de remboursement pour le Congrès de soins critiques de Montréal "
                   "(présentation sur le don après AMM) :\n\n%s\n\nReçus numérisés joints dans le portail. Centre de coûts 7241.\n",
             "Hi %s,\n\nHere is my expense claim for the Montréal Critical Care Congress (talk on donation after MAID):\n\n"
             "%s\n\nReceipts uploaded to the portal. Cost centre 7241.\n") % (fin["given"], tbl)
    body += signature(ctx, a, "chu", ctx.pick(["int", "coord", "inf"]), lang)
    subj = L(lang, "Remboursement - congrès", "Expense claim - conference")
    m = Mail(frm, [(dn(fin), "comptes.payables@chu-deuxrives.example")], subj, body, date=d, lang=lang)
    return Item(False, "travel_expenses", lang, m, L(lang, "remboursement de frais de déplacement", "travel expense claim"))


SCENARIOS = {
    "oncall_schedule": n_oncall, "shift_swap": n_shift_swap, "leave_approval": n_leave, "payroll": n_payroll,
    "occupational_health": n_occupational, "baby_announcement": n_baby, "staff_birthdays": n_birthdays,
    "job_posting": n_job_posting, "job_candidate": n_candidate, "training_session": n_training,
    "travel_expenses": n_travel,
}
