"""Negative templates, part 1: HR, schedules, payroll, newsletters, committees,
conferences, postings, candidates, occupational health, invoices."""
import datetime
import html as H

from stdnum import ean, luhn

from gen_attach import docx, pdf, xlsx, ics, csv_text
from gen_common import (BURN_EN, BURN_FR, DEPT_EN, DEPT_FR, HAND_EN, HAND_FR, ORG_ADDR, ORG_EN,
                        ORG_FR, STAFF, signature, staff, staff_name)
from gen_vocab import L, MOIS_, MONTHS_, when

DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# External people (speakers, reps, candidates): none shares a name with a NAM holder.
OTHERS = [("Dre", "Dr.", "Amira", "Benali"), ("Dr", "Dr.", "Thomas", "Kingsley"),
          ("Pr", "Prof.", "Jean-Baptiste", "Morvan"), ("Dre", "Dr.", "Olga", "Petrenko"),
          ("Mme", "Ms.", "Solène", "Gaudreault"), ("M.", "Mr.", "Kwame", "Mensah"),
          ("Dr", "Dr.", "Rafael", "Quiroga"), ("Dre", "Dr.", "Ingrid", "Solberg"),
          ("Mme", "Ms.", "Laurence", "Ouimette"), ("M.", "Mr.", "Hugo", "Desautels"),
          ("Mme", "Ms.", "Tanya", "Belcourt"), ("M.", "Mr.", "Vikram", "Sethi"),
          ("Dre", "Dr.", "Chloé", "Marchessault"), ("Dr", "Dr.", "Ewan", "MacLeod-Hart")]


def other(i, lang, with_title=True):
    t = OTHERS[i % len(OTHERS)]
    return ("%s %s %s" % (t[0] if lang == "fr" else t[1], t[2], t[3])) if with_title else "%s %s" % (t[2], t[3])


def luhn_serial(rng, n):
    while True:
        p = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(n - 2))
        s = p + luhn.calc_check_digit(p)
        if s[0] not in "08":
            return s


def gtin13(rng):
    p = "0" + "".join(str(rng.randrange(10)) for _ in range(11))
    return p + ean.calc_check_digit(p)


def mod97_lot(rng):
    base = "%09d" % rng.randrange(10 ** 8, 10 ** 9)
    return base + "%02d" % (97 - int(base) % 97)


def money(x, lang):
    s = "{:,.2f}".format(x)
    return s.replace(",", " ").replace(".", ",") + " $" if lang == "fr" else "$" + s


# --------------------------------------------------------------------------- n1
def hr_leave(ctx, m):
    r, lang = ctx.rng, m.lang
    people = ctx.some_staff(r.randrange(5, 9), exclude=(14, 18, 19))
    rows = [L(lang, ["Employé(e)", "Titre d'emploi", "Du", "Au", "Type"], ["Employee", "Job title", "From", "To", "Type"])]
    for i in people:
        s = staff(i)
        start = datetime.date(2024, r.choice([6, 7, 8]), r.randrange(1, 25))
        rows.append(["%s, %s" % (s["sur"].upper(), s["given"]), s["rfr"] if lang == "fr" else s["ren"],
                     start.isoformat(), (start + datetime.timedelta(days=r.choice([7, 14, 21]))).isoformat(),
                     r.choice(L(lang, ["Vacances", "Vacances", "Congé sans solde", "Congé parental"],
                                ["Vacation", "Vacation", "Unpaid leave", "Parental leave"]))])
    m.sender = ctx.staff_box(18, lang)
    m.to = [("Équipe plastie et brûlés" if lang == "fr" else "Plastics and burn team", "liste.plastie@chubsr.example")]
    m.subject = L(lang, "Calendrier des vacances d'été 2024 – version finale", "Summer 2024 vacation calendar - final")
    if r.random() < 0.5:
        m.attachments.append({"filename": L(lang, "vacances_ete_2024.xlsx", "summer_vacation_2024.xlsx"), "ctype": XLSX_CT,
                              "data": xlsx([(L(lang, "Vacances", "Vacation"), rows)])})
        m.text = L(lang, "Bonjour à tous,\n\nVoici le calendrier final. Les échanges doivent être approuvés par Annie Beauregard.\n\n%s\n",
                   "Hi all,\n\nHere is the final calendar. Swaps must be approved by Annie Beauregard.\n\n%s\n") % signature(18, lang)
    else:
        trs = "\n".join("<tr>%s</tr>" % "".join("<td>%s</td>" % H.escape(c) for c in row) for row in rows)
        m.html = ("<html><head><meta charset=\"{CHARSET}\"></head><body><p>%s</p><table border=\"1\">%s</table><p>%s</p></body></html>" %
                  (L(lang, "Bonjour, voici les congés approuvés :", "Hello, approved leave below:"), trs,
                   H.escape(signature(18, lang)).replace("\n", "<br>\n")))
    m.note = L(lang, "calendrier des vacances du personnel", "staff vacation calendar")


# --------------------------------------------------------------------------- n2
def oncall_schedule(ctx, m):
    r, lang = ctx.rng, m.lang
    month = r.choice([4, 5, 6, 7])
    docs = [0, 1, 2, 16]
    res = [4, 5]
    rows = [L(lang, ["Date", "Patron de garde", "Résident(e)", "Téléavertisseur"], ["Date", "Staff on call", "Resident", "Pager"])]
    d = datetime.date(2024, month, 1)
    while d.month == month:
        rows.append([d.isoformat(), staff_name(docs[d.day % 4], lang), staff_name(res[d.day % 2], lang),
                     "418-555-01%02d" % (40 + d.day % 2)])
        d += datetime.timedelta(days=1)
    m.sender = ctx.staff_box(10, lang)
    m.to = [("Standard téléphonique" if lang == "fr" else "Switchboard", "standard@chubsr.example"),
            ("Urgence", "urgence@chubsr.example")]
    mname = MOIS_[month - 1] if lang == "fr" else MONTHS_[month - 1]
    m.subject = L(lang, "Horaire de garde plastie – %s 2024" % mname, "Plastics on-call schedule - %s 2024" % mname)
    if r.random() < 0.5:
        m.attachments.append({"filename": L(lang, "garde_plastie_%02d.csv", "plastics_oncall_%02d.csv") % month,
                              "ctype": "text/csv", "data": csv_text(rows, ";")})
        m.text = L(lang, "Bonjour,\n\nL'horaire de garde est joint. La Dre Asante couvre la reconstruction mammaire urgente les fins de semaine.\n\n%s\n",
                   "Hello,\n\nThe on-call schedule is attached. Dr. Asante covers urgent breast reconstruction issues on weekends.\n\n%s\n") % signature(10, lang)
    else:
        m.text = L(lang, "Bonjour,\n\nHoraire de garde :\n\n", "Hello,\n\nOn-call schedule:\n\n") + "\n".join(
            " | ".join(x) for x in rows) + "\n\n" + signature(10, lang) + "\n"
    m.note = L(lang, "horaire de garde des médecins", "physician on-call schedule")


# --------------------------------------------------------------------------- n3
def payroll(ctx, m):
    r, lang = ctx.rng, m.lang
    i = r.choice([6, 7, 9, 13, 15, 20])
    s = staff(i)
    emp = "%06d" % r.randrange(100000, 999999)
    per = r.randrange(1, 26)
    hrs = r.choice([3.75, 7.5, 11.25, 15])
    m.sender = ("Service de la paie" if lang == "fr" else "Payroll", "paie@chubsr.example")
    m.to = [(s["given"] + " " + s["sur"], s["email"])]
    m.subject = L(lang, "Correction de paie – période %d" % per, "Pay correction - period %d" % per)
    if lang == "fr":
        m.text = ("Bonjour %s,\n\nSuite à votre demande, nous avons corrigé la période de paie %d :\n"
                  "- Matricule : %s\n- Heures supplémentaires non payées : %.2f h à taux et demi\n"
                  "- Prime de soir (7e Nord) : ajoutée\n- Montant rétroactif : %s, versé à la paie du %s\n\n"
                  "Votre relevé sera disponible dans le portail employé.\n\nService de la paie\n%s\n") % (
            s["given"], per, emp, hrs, money(hrs * 1.5 * r.choice([38.4, 41.2, 46.9]), lang),
            ctx.day_after(7, 14).strftime("%d/%m/%Y"), ORG_FR)
    else:
        m.text = ("Hello %s,\n\nFurther to your request, we corrected pay period %d:\n"
                  "- Employee no.: %s\n- Unpaid overtime: %.2f h at time and a half\n"
                  "- Evening premium (7 North): added\n- Retroactive amount: %s, paid on %s\n\n"
                  "Your statement will be available in the employee portal.\n\nPayroll\n%s\n") % (
            s["given"], per, emp, hrs, money(hrs * 1.5 * r.choice([38.4, 41.2, 46.9]), lang),
            ctx.day_after(7, 14).strftime("%Y-%m-%d"), ORG_EN)
    m.note = L(lang, "correction de paie d'un employé", "employee pay correction")


# --------------------------------------------------------------------------- n4
def newsletter(ctx, m):
    r, lang = ctx.rng, m.lang
    baby = datetime.date(2024, r.choice([1, 2, 3]), r.randrange(1, 28))
    parent = r.choice([6, 9, 20, 7])
    items_fr = [
        "<h3>Nouvelle responsable</h3><p>Félicitations à la Dre Rebecca Asante, qui prend la direction de la clinique de "
        "reconstruction mammaire. Ses intérêts : lambeaux DIEP, reconstruction après radiothérapie et lymphœdème.</p>",
        "<h3>Recherche</h3><p>Le Dr Samuel Okafor présentera ses résultats sur la prise de greffe chez les grands brûlés "
        "diabétiques lors de la journée scientifique.</p>",
        "<h3>Naissance</h3><p>Bienvenue à Léa, fille de %s, née le %s (3,4 kg)! Maman et bébé se portent bien.</p>" % (
            staff_name(parent, "fr"), "%d %s %d" % (baby.day, MOIS_[baby.month - 1], baby.year)),
        "<h3>Thérapie de la main</h3><p>Mme Fiona Kerr offre une formation sur les orthèses après réparation des "
        "tendons fléchisseurs, ouverte aux ergothérapeutes et aux résidents.</p>",
        "<h3>Statistiques</h3><p>%d admissions aux grands brûlés au dernier trimestre, SCT médiane %d %%.</p>" % (
            r.randrange(40, 90), r.randrange(8, 20)),
    ]
    items_en = [
        "<h3>New clinic lead</h3><p>Congratulations to Dr. Rebecca Asante, who takes over the breast reconstruction "
        "clinic. Her interests: DIEP flaps, reconstruction after radiotherapy and lymphoedema.</p>",
        "<h3>Research</h3><p>Dr. Samuel Okafor will present his results on graft take in diabetic burn patients at "
        "research day.</p>",
        "<h3>Birth</h3><p>Welcome to baby Leo, son of %s, born %s (7 lb 8 oz)! Mom and baby are doing well.</p>" % (
            staff_name(parent, "en"), "%s %d, %d" % (MONTHS_[baby.month - 1], baby.day, baby.year)),
        "<h3>Hand therapy</h3><p>Ms. Fiona Kerr is offering a session on splinting after flexor tendon repair, "
        "open to OTs and residents.</p>",
        "<h3>By the numbers</h3><p>%d burn unit admissions last quarter, median TBSA %d%%.</p>" % (
            r.randrange(40, 90), r.randrange(8, 20)),
    ]
    items = items_fr if lang == "fr" else items_en
    r.shuffle(items)
    no = r.randrange(12, 40)
    m.html = ("<html><head><meta charset=\"{CHARSET}\"><style>h3{color:#0b5394}</style></head><body>"
              "<h2>%s – no %d</h2>%s<p style=\"font-size:9pt\">%s<br>%s</p></body></html>") % (
        L(lang, "L'Écho de la plastie", "Plastics Echo"), no, "\n".join(items[:r.randrange(3, 6)]),
        L(lang, DEPT_FR, DEPT_EN) + " – " + L(lang, ORG_FR, ORG_EN), ORG_ADDR)
    m.sender = ctx.staff_box(14, lang)
    m.to = [("Tout le personnel" if lang == "fr" else "All staff", "tous.plastie@chubsr.example")]
    m.subject = L(lang, "L'Écho de la plastie – no %d" % no, "Plastics Echo - issue %d" % no)
    m.note = L(lang, "infolettre du service", "department newsletter")


# --------------------------------------------------------------------------- n5
def committee_notice(ctx, m):
    r, lang = ctx.rng, m.lang
    which = r.choice(["plaies", "mm", "garments", "quality"])
    d = ctx.day_after(5, 25, hour=12)
    chair = {"plaies": 6, "mm": 3, "garments": 8, "quality": 15}[which]
    if lang == "fr":
        name = {"plaies": "Comité de prévention des plaies de pression", "mm": "Réunion de morbidité-mortalité",
                "garments": "Comité des vêtements compressifs", "quality": "Comité qualité 7e Nord"}[which]
        agenda = {"plaies": ["Prévalence des plaies de pression au T3 (6,1 %)", "Nouveaux matelas à air", "Mme Rioux : audit des surfaces thérapeutiques"],
                  "mm": ["Deux cas de sepsis chez le grand brûlé (présentés anonymisés par le Dr Whitfield)", "Revue des délais d'excision", "Divers"],
                  "garments": ["Délais de fabrication chez le fournisseur", "Gants sur mesure vs prêts-à-porter", "Budget 2024-2025"],
                  "quality": ["Taux d'infection du site donneur", "Hygiène des mains : résultats de mars", "Déclaration des chutes"]}[which]
        m.subject = "Avis de convocation – %s – %s" % (name, when(d, lang))
        m.text = ("Bonjour,\n\nVous êtes convoqué(e) à la prochaine rencontre du %s :\n\n%s, salle C-310 et par Teams.\n\n"
                  "Ordre du jour :\n%s\n\nUn dîner sera servi. Merci de confirmer votre présence.\n\n%s\n") % (
            name, when(d, lang), "\n".join("%d. %s" % (k + 1, a) for k, a in enumerate(agenda)), signature(chair, lang))
    else:
        name = {"plaies": "Pressure Injury Prevention Committee", "mm": "Morbidity and Mortality Rounds",
                "garments": "Pressure Garment Committee", "quality": "7 North Quality Committee"}[which]
        agenda = {"plaies": ["Q3 pressure injury prevalence (6.1%)", "New air mattresses", "Ms. Rioux: support surface audit"],
                  "mm": ["Two cases of burn sepsis (presented de-identified by Dr. Whitfield)", "Review of excision timing", "Other business"],
                  "garments": ["Supplier manufacturing delays", "Custom vs off-the-shelf gloves", "2024-2025 budget"],
                  "quality": ["Donor-site infection rate", "Hand hygiene: March results", "Falls reporting"]}[which]
        m.subject = "Meeting notice - %s - %s" % (name, when(d, lang))
        m.text = ("Hello,\n\nYou are invited to the next %s meeting:\n\n%s, room C-310 and on Teams.\n\n"
                  "Agenda:\n%s\n\nLunch will be served. Please confirm attendance.\n\n%s\n") % (
            name, when(d, lang), "\n".join("%d. %s" % (k + 1, a) for k, a in enumerate(agenda)), signature(chair, lang))
    m.sender = ctx.staff_box(chair, lang)
    m.to = [("Membres du comité" if lang == "fr" else "Committee members", "comite.%s@chubsr.example" % which)]
    if r.random() < 0.4:
        m.attachments.append({"filename": "invitation.ics", "ctype": "text/calendar",
                              "data": ics("cmt-%d@chubsr.example" % ctx.counter, d, d.replace(hour=13), name,
                                          L(lang, "Ordre du jour joint au courriel", "Agenda in the e-mail"), "C-310",
                                          staff(chair)["email"])})
    m.note = L(lang, "avis de convocation d'un comité", "committee meeting notice")


# --------------------------------------------------------------------------- n6
def conference_programme(ctx, m):
    r, lang = ctx.rng, m.lang
    talks_fr = [("Réanimation liquidienne chez le grand brûlé : où en sommes-nous?", staff_name(3, "fr")),
                ("Lambeaux perforants en reconstruction mammaire", staff_name(16, "fr")),
                ("Réparation des tendons fléchisseurs : mobilisation précoce", staff_name(2, "fr")),
                ("Cicatrices hypertrophiques et vêtements compressifs", other(4, "fr")),
                ("Substituts cutanés et matrices dermiques", other(0, "fr")),
                ("Brûlures électriques : pièges diagnostiques", other(1, "fr")),
                ("Maladie de Dupuytren : aponévrotomie à l'aiguille ou chirurgie?", other(6, "fr"))]
    talks_en = [("Burn resuscitation: where are we now?", staff_name(3, "en")),
                ("Perforator flaps in breast reconstruction", staff_name(16, "en")),
                ("Flexor tendon repair: early active motion", staff_name(2, "en")),
                ("Hypertrophic scars and pressure garments", other(4, "en")),
                ("Skin substitutes and dermal matrices", other(0, "en")),
                ("Electrical burns: diagnostic pitfalls", other(1, "en")),
                ("Dupuytren disease: needle fasciotomy or surgery?", other(6, "en"))]
    talks = r.sample(talks_fr if lang == "fr" else talks_en, 5)
    d = ctx.day_after(20, 60, hour=8)
    lines = []
    t = datetime.datetime(2024, 1, 1, 8, 30)
    for title, who in talks:
        lines.append("%s  %s – %s" % (t.strftime("%H:%M"), title, who))
        t += datetime.timedelta(minutes=r.choice([30, 40, 45]))
    head = L(lang, "Journée scientifique de chirurgie plastique et des grands brûlés – %s" % when(d, lang, False),
             "Plastic Surgery and Burns Research Day - %s" % when(d, lang, False))
    m.sender = ctx.staff_box(r.choice([0, 14]), lang)
    m.to = [("Liste départementale", "departement.chirurgie@chubsr.example")]
    m.subject = head
    if r.random() < 0.5:
        m.attachments.append({"filename": L(lang, "programme_journee_scientifique.pdf", "research_day_programme.pdf"),
                              "ctype": "application/pdf", "data": pdf(head, lines + ["", L(lang, "Amphithéâtre A, 6 crédits de formation", "Auditorium A, 6 CME credits")])})
        m.text = L(lang, "Bonjour,\n\nLe programme est en pièce jointe. Inscription obligatoire avant le 1er du mois.\n\n%s\n",
                   "Hello,\n\nThe programme is attached. Registration required by the 1st.\n\n%s\n") % signature(14, lang)
    else:
        m.text = head + "\n\n" + "\n".join(lines) + "\n\n" + signature(14, lang) + "\n"
    m.note = L(lang, "programme de journée scientifique", "research day programme")


# --------------------------------------------------------------------------- n7
def job_posting(ctx, m):
    r, lang = ctx.rng, m.lang
    job = r.choice([("Ergothérapeute – thérapie de la main", "Occupational therapist - hand therapy"),
                    ("Infirmier(ère) clinicien(ne) – grands brûlés", "Clinical nurse - burn unit"),
                    ("Agent(e) administratif(ve) – liste d'attente chirurgicale", "Administrative agent - surgical wait list"),
                    ("Orthésiste – vêtements compressifs", "Orthotist - pressure garments")])
    no = "%s-%04d" % (r.choice(["PL", "BR", "MA"]), r.randrange(1000, 9999))
    lo, hi = r.choice([(26.2, 47.1), (29.0, 51.3), (22.4, 30.1)])
    if lang == "fr":
        m.subject = "Affichage %s : %s" % (no, job[0])
        m.text = ("AFFICHAGE DE POSTE – %s\n\nTitre : %s\nService : %s\nStatut : temps complet permanent, jour\n"
                  "Échelle salariale : %s à %s l'heure\nExigences : membre en règle de l'ordre professionnel; expérience "
                  "en soins des brûlés ou en réadaptation de la main un atout.\n\nPostuler avant le %s sur le site carrières.\n\n"
                  "Ressources humaines – %s\n") % (no, job[0], DEPT_FR, money(lo, lang), money(hi, lang),
                                                  ctx.day_after(10, 20).strftime("%d/%m/%Y"), ORG_FR)
    else:
        m.subject = "Posting %s: %s" % (no, job[1])
        m.text = ("JOB POSTING - %s\n\nTitle: %s\nDepartment: %s\nStatus: full-time permanent, days\n"
                  "Pay scale: %s to %s per hour\nRequirements: member in good standing of the professional order; "
                  "burn care or hand rehabilitation experience an asset.\n\nApply by %s on the careers site.\n\n"
                  "Human Resources - %s\n") % (no, job[1], DEPT_EN, money(lo, lang), money(hi, lang),
                                             ctx.day_after(10, 20).strftime("%Y-%m-%d"), ORG_EN)
    m.sender = ctx.staff_box(18, lang)
    m.to = [("Affichages internes" if lang == "fr" else "Internal postings", "affichages@chubsr.example")]
    m.note = L(lang, "affichage de poste", "job posting")


# --------------------------------------------------------------------------- n8
def candidate(ctx, m):
    r, lang = ctx.rng, m.lang
    k = r.choice([4, 5, 8, 9, 10, 11])
    t = OTHERS[k]
    nm = "%s %s" % (t[2], t[3])
    d = ctx.day_after(3, 12)
    phone = "514-555-01%02d" % r.randrange(100)
    m.sender = ctx.staff_box(18, lang)
    m.to = [ctx.staff_box(r.choice([8, 15]), lang)]
    if lang == "fr":
        m.subject = "Entrevue – candidat(e) %s" % nm
        m.text = ("Bonjour,\n\nL'entrevue avec %s est fixée au %s, salle RH-2. Son CV est joint.\n"
                  "Cellulaire : %s. Références vérifiées (2/2).\n\n%s\n") % (nm, when(d, lang), phone, signature(18, lang))
        cv = ["Coordonnées : %s, %d rue Sherbrooke Ouest, app. %d, Montréal, %s" % (nm, r.randrange(100, 999), r.randrange(1, 30), phone),
              "Formation : maîtrise en ergothérapie (2019)", "Expérience : 4 ans en réadaptation de la main, clinique privée",
              "Date de naissance : %s" % datetime.date(r.randrange(1985, 1998), r.randrange(1, 13), r.randrange(1, 28)).isoformat(),
              "Langues : français, anglais"]
    else:
        m.subject = "Interview - candidate %s" % nm
        m.text = ("Hi,\n\nThe interview with %s is set for %s, room HR-2. CV attached.\n"
                  "Cell: %s. References checked (2/2).\n\n%s\n") % (nm, when(d, lang), phone, signature(18, lang))
        cv = ["Contact: %s, %d Bank Street, apt %d, Ottawa, %s" % (nm, r.randrange(100, 999), r.randrange(1, 30), phone),
              "Education: MSc Occupational Therapy (2019)", "Experience: 4 years hand rehabilitation, private clinic",
              "Date of birth: %s" % datetime.date(r.randrange(1985, 1998), r.randrange(1, 13), r.randrange(1, 28)).isoformat(),
              "Languages: English, French"]
    m.attachments.append({"filename": "CV_%s.docx" % t[3], "ctype": DOCX_CT, "data": docx("Curriculum vitae", cv)})
    m.note = L(lang, "convocation d'un candidat avec CV", "candidate interview with CV")


# --------------------------------------------------------------------------- n9
def occupational_health(ctx, m):
    r, lang = ctx.rng, m.lang
    i = r.choice([6, 7, 9, 13, 15])
    s = staff(i)
    m.sender = ("Santé et sécurité au travail" if lang == "fr" else "Occupational Health", "sst@chubsr.example")
    m.to = [(s["given"] + " " + s["sur"], s["email"])]
    kind = r.choice(["hepb", "needle", "return"])
    if lang == "fr":
        body = {"hepb": "Votre titre d'anticorps anti-HBs est de 8 UI/L; une dose de rappel du vaccin contre l'hépatite B est recommandée.",
                "needle": "Suite à votre exposition percutanée du %s, vos prélèvements de suivi à 6 semaines sont prévus le %s." % (
                    ctx.day_before(5, 30).strftime("%d/%m"), ctx.day_after(5, 10).strftime("%d/%m")),
                "return": "Votre retour progressif au travail (tendinite de De Quervain) est approuvé : 3 jours/semaine pendant 4 semaines."}[kind]
        m.subject = "Suivi santé au travail – confidentiel"
        m.text = "Bonjour %s,\n\n%s\n\nCe message vous est adressé personnellement.\n\nSanté et sécurité au travail\n%s, poste 4455\n" % (
            s["given"], body, "418-555-0190")
    else:
        body = {"hepb": "Your anti-HBs titre is 8 IU/L; a hepatitis B booster dose is recommended.",
                "needle": "Following your needlestick exposure on %s, your 6-week follow-up bloodwork is booked for %s." % (
                    ctx.day_before(5, 30).strftime("%b %d"), ctx.day_after(5, 10).strftime("%b %d")),
                "return": "Your graduated return to work (De Quervain tendinitis) is approved: 3 days/week for 4 weeks."}[kind]
        m.subject = "Occupational health follow-up - confidential"
        m.text = "Hello %s,\n\n%s\n\nThis message is addressed to you personally.\n\nOccupational Health\n%s ext. 4455\n" % (
            s["given"], body, "418-555-0190")
    m.note = L(lang, "santé au travail d'un employé", "employee occupational health")


# --------------------------------------------------------------------------- n10
def invoice(ctx, m):
    r, lang = ctx.rng, m.lang
    vendor = r.choice([("Médi-Pansements Laurentides inc.", "factures@medipansements.example"),
                       ("Orthèses Compressa inc.", "comptabilite@compressa.example"),
                       ("NordSurg Canada", "ar@nordsurg.example")])
    inv = "F%d-%05d" % (2024, r.randrange(10000, 99999))
    items = r.sample([("Mepilex Ag 10x20 (boîte de 5)", "Mepilex Ag 10x20 (box of 5)", 86.40),
                      ("Acticoat 7 10x12.5", "Acticoat 7 10x12.5", 142.10),
                      ("Lames de dermatome 1,5 po", "Dermatome blades 1.5 in", 212.00),
                      ("Tissu compressif Powernet (m)", "Powernet compression fabric (m)", 31.75),
                      ("Aquacel Ag Extra 15x15", "Aquacel Ag Extra 15x15", 97.30),
                      ("Canisters VAC 500 ml", "VAC canisters 500 ml", 58.90)], r.randrange(2, 5))
    lines = [L(lang, "Facture : ", "Invoice: ") + inv, L(lang, "Client : ", "Bill to: ") + L(lang, ORG_FR, ORG_EN),
             L(lang, "Adresse de livraison : ", "Ship to: ") + ORG_ADDR + L(lang, ", quai de réception 3", ", receiving dock 3"),
             L(lang, "Bon de commande : ", "PO: ") + "BC-%06d" % r.randrange(100000, 999999), ""]
    tot = 0
    for fr_, en_, price in items:
        q = r.randrange(2, 30)
        lot = "LOT %s" % luhn_serial(r, 9)
        lines.append("%s  x%d  %s  %s" % (L(lang, fr_, en_), q, money(q * price, lang), lot))
        tot += q * price
    lines += ["", L(lang, "Sous-total : ", "Subtotal: ") + money(tot, lang),
              L(lang, "TPS (5 %) : ", "GST (5%): ") + money(tot * .05, lang),
              L(lang, "TVQ (9,975 %) : ", "QST (9.975%): ") + money(tot * .09975, lang),
              L(lang, "Payable dans 30 jours", "Net 30")]
    m.sender = vendor
    m.to = [("Comptes fournisseurs" if lang == "fr" else "Accounts payable", "comptes.fournisseurs@chubsr.example")]
    m.subject = L(lang, "Facture %s" % inv, "Invoice %s" % inv)
    m.attachments.append({"filename": "%s.pdf" % inv, "ctype": "application/pdf", "data": pdf(vendor[0], lines)})
    m.text = L(lang, "Bonjour,\n\nVeuillez trouver ci-joint la facture %s.\n\nMerci de votre confiance.\n%s\n450-555-0162\n",
               "Hello,\n\nPlease find attached invoice %s.\n\nThank you for your business.\n%s\n450-555-0162\n") % (inv, vendor[0])
    m.note = L(lang, "facture d'un fournisseur avec numéros de lot", "supplier invoice with lot numbers")
