"""Negative templates, part 3: research, celebrations, education, minutes, vendors,
policies, leaflets, budgets, audits, threads, assets, rotations."""
import datetime
from email.utils import format_datetime

from gen_attach import docx, ics, make_zip, pdf, vcard, xlsx
from gen_common import (DEPT_EN, DEPT_FR, ORG_ADDR, ORG_EN, ORG_FR, plain_name, signature, staff, staff_name)
from gen_ctx import tz_for
from gen_neg1 import DOCX_CT, OTHERS, XLSX_CT, gtin13, luhn_serial, mod97_lot, money, other
from gen_vocab import L, MOIS_, MONTHS_, when


# --------------------------------------------------------------------------- n21
def research_protocol(ctx, m):
    r, lang = ctx.rng, m.lang
    study = r.choice([("Essai randomisé : pansement à l'argent vs mousse simple sur les sites donneurs",
                       "Randomised trial: silver vs plain foam dressings on donor sites"),
                      ("Cohorte prospective : qualité de vie après reconstruction mammaire par DIEP",
                       "Prospective cohort: quality of life after DIEP breast reconstruction"),
                      ("Étude pilote : mobilisation active précoce après réparation du FDP",
                       "Pilot study: early active motion after FDP repair")])
    code = "BSR-%d-%03d" % (2024, r.randrange(1, 200))
    lines = [L(lang, "Titre : ", "Title: ") + L(lang, study[0], study[1]), L(lang, "Code : ", "Code: ") + code,
             L(lang, "Chercheur principal : ", "Principal investigator: ") + staff_name(r.choice([0, 1, 2, 16]), lang),
             L(lang, "Critères d'inclusion : adultes de 18 à 75 ans; brûlure de 5 à 40 % SCT ou indication chirurgicale",
               "Inclusion: adults 18 to 75; 5 to 40% TBSA burn or surgical indication"),
             L(lang, "Exclusion : grossesse, immunosuppression, diabète non contrôlé",
               "Exclusion: pregnancy, immunosuppression, uncontrolled diabetes"),
             L(lang, "Taille d'échantillon : 120 participants (puissance 80 %)", "Sample size: 120 participants (80% power)"),
             L(lang, "Issue principale : délai d'épithélialisation", "Primary outcome: time to epithelialisation")]
    m.attachments.append({"filename": "%s_protocole_v2.docx" % code if lang == "fr" else "%s_protocol_v2.docx" % code,
                          "ctype": DOCX_CT, "data": docx(L(lang, "Protocole de recherche", "Research protocol"), lines)})
    m.sender = ctx.staff_box(r.choice([0, 1, 2]), lang)
    m.to = [("Comité d'éthique de la recherche" if lang == "fr" else "Research Ethics Board", "cer@chubsr.example")]
    m.subject = L(lang, "Dépôt %s – version 2 du protocole", "Submission %s - protocol version 2") % code
    m.text = L(lang, "Bonjour,\n\nVeuillez trouver la version 2 du protocole, qui intègre les commentaires du comité. Aucun participant recruté à ce jour.\n\n%s\n",
               "Hello,\n\nPlease find protocol version 2, addressing the board's comments. No participants enrolled to date.\n\n%s\n") % plain_name(m.sender[0])
    m.note = L(lang, "protocole de recherche sans participants", "research protocol without participants")


# --------------------------------------------------------------------------- n22
def celebration(ctx, m):
    r, lang = ctx.rng, m.lang
    kind = r.choice(["baby", "retire", "birthday"])
    who = r.choice([6, 7, 9, 10, 13, 20, 12])
    s = staff(who)
    d = ctx.day_after(2, 9, hour=17).replace(minute=0)
    if kind == "baby":
        b = datetime.date(2024, r.choice([2, 3, 4]), r.randrange(1, 28))
        txt = L(lang, "Bonne nouvelle : %s est maman/papa d'un petit Arthur, né le %s à 4 h 12 (3,6 kg)! On prépare une carte, passez signer au poste."
                % (s["given"] + " " + s["sur"], "%d %s %d" % (b.day, MOIS_[b.month - 1], b.year)),
                "Good news: %s had a baby boy, Arthur, born %s at 4:12 a.m. (7 lb 15 oz)! A card is at the nursing station."
                % (s["given"] + " " + s["sur"], "%s %d, %d" % (MONTHS_[b.month - 1], b.day, b.year)))
        subj = L(lang, "Une naissance dans l'équipe!", "A new baby on the team!")
    elif kind == "retire":
        txt = L(lang, "Après 31 ans au centre des grands brûlés, %s prend sa retraite. 5 à 7 le %s à la cafétéria, contribution volontaire de 10 $."
                % (s["given"] + " " + s["sur"], when(d, lang)),
                "After 31 years in the burn centre, %s is retiring. Farewell gathering %s in the cafeteria, $10 voluntary contribution."
                % (s["given"] + " " + s["sur"], when(d, lang)))
        subj = L(lang, "Départ à la retraite", "Retirement farewell")
    else:
        b = datetime.date(r.randrange(1965, 1995), ctx.now.month, min(ctx.now.day + 2, 28))
        txt = L(lang, "C'est l'anniversaire de %s le %s (né(e) en %d, chut!). Gâteau en salle de repos à 14 h."
                % (s["given"], b.strftime("%d/%m"), b.year),
                "It's %s's birthday on %s (born %d, shh!). Cake in the break room at 2 p.m."
                % (s["given"], b.strftime("%b %d"), b.year))
        subj = L(lang, "Gâteau vendredi", "Cake on Friday")
    m.sender = ctx.staff_box(15, lang)
    m.to = [("Équipe 7N" if lang == "fr" else "7N team", "equipe.7n@chubsr.example")]
    m.subject = subj
    m.text = "%s\n\n%s\n\n%s\n" % (L(lang, "Bonjour l'équipe,", "Hi team,"), txt, staff_name(15, lang, False))
    m.note = L(lang, "message social entre collègues", "staff social message") + " (%s)" % kind


# --------------------------------------------------------------------------- n23
def education_session(ctx, m):
    r, lang = ctx.rng, m.lang
    topic = r.choice([("Prise de mesures pour vêtements compressifs", "Measuring for pressure garments", 13),
                      ("Orthèses après réparation des tendons fléchisseurs", "Splinting after flexor tendon repair", 8),
                      ("Évaluation de la profondeur des brûlures", "Assessing burn depth", 6),
                      ("Thérapie par pression négative : trucs et pièges", "Negative pressure therapy: tips and pitfalls", 6)])
    d = ctx.day_after(5, 30, hour=12)
    who = topic[2]
    title = L(lang, topic[0], topic[1])
    cal = ics("edu-%d@chubsr.example" % ctx.counter, d, d.replace(hour=13), L(lang, "Formation : ", "In-service: ") + title,
              L(lang, "Animée par %s. Ouvert au personnel infirmier, aux ergothérapeutes et aux résidents.",
                "Led by %s. Open to nursing, OT and residents.") % staff_name(who, lang),
              L(lang, "Salle d'enseignement 7N-020", "7N teaching room 7N-020"), staff(who)["email"])
    m.attachments.append({"filename": "formation.ics" if lang == "fr" else "inservice.ics", "ctype": "text/calendar", "data": cal})
    m.sender = ctx.staff_box(who, lang)
    m.to = [("Équipe 7N" if lang == "fr" else "7N team", "equipe.7n@chubsr.example")]
    m.subject = L(lang, "Formation du midi – %s", "Lunch in-service - %s") % title
    m.text = L(lang, "Bonjour,\n\nJe vous invite à la formation « %s » le %s. Dîner fourni.\n\n%s\n",
               "Hello,\n\nYou're invited to the in-service \"%s\" on %s. Lunch provided.\n\n%s\n") % (title, when(d, lang), signature(who, lang))
    m.note = L(lang, "invitation à une formation (ICS)", "in-service invitation (ICS)")


# --------------------------------------------------------------------------- n24
def meeting_minutes(ctx, m):
    r, lang = ctx.rng, m.lang
    present = [staff_name(i, lang) for i in ctx.some_staff(6, exclude=(18, 19))]
    n_wait = r.randrange(120, 320)
    if lang == "fr":
        pts = ["Liste d'attente en reconstruction mammaire : %d patientes, dont %d depuis plus de 12 mois." % (n_wait, n_wait // 4),
               "Clinique de la main : ajout d'une plage le mardi après-midi à compter de %s." % MOIS_[r.randrange(4, 9)],
               "Vêtements compressifs : délai moyen de 5 semaines chez le fournisseur; relance par Mme Provencher.",
               "Le Dr Okafor rappelle que les consultations pour brûlures de la main doivent passer par la garde.",
               "Prochaine rencontre dans un mois."]
        title = "Compte rendu – réunion de service du %s" % ctx.now.strftime("%d/%m/%Y")
        head = "Présents : " + ", ".join(present)
    else:
        pts = ["Breast reconstruction wait list: %d patients, %d of them waiting over 12 months." % (n_wait, n_wait // 4),
               "Hand clinic: an extra Tuesday afternoon slot starting in %s." % MONTHS_[r.randrange(4, 9)],
               "Pressure garments: 5-week average supplier delay; Ms. Provencher to follow up.",
               "Dr. Okafor reminds everyone that hand burn consults go through the on-call resident.",
               "Next meeting in one month."]
        title = "Minutes - department meeting %s" % ctx.now.strftime("%Y-%m-%d")
        head = "Present: " + ", ".join(present)
    if r.random() < 0.5:
        m.attachments.append({"filename": L(lang, "compte_rendu_réunion.docx", "minutes.docx"), "ctype": DOCX_CT,
                              "data": docx(title, [head] + ["%d. %s" % (k + 1, p) for k, p in enumerate(pts)])})
        m.text = L(lang, "Bonjour,\n\nLe compte rendu est joint.\n\n%s\n", "Hello,\n\nMinutes attached.\n\n%s\n") % signature(14, lang)
    else:
        m.text = "%s\n\n%s\n\n%s\n\n%s\n" % (title, head, "\n".join("%d. %s" % (k + 1, p) for k, p in enumerate(pts)), signature(14, lang))
    m.sender = ctx.staff_box(14, lang)
    m.to = [("Service de plastie" if lang == "fr" else "Plastics department", "liste.plastie@chubsr.example")]
    m.subject = title
    m.note = L(lang, "compte rendu de réunion avec chiffres agrégés", "meeting minutes with aggregate figures")


# --------------------------------------------------------------------------- n25
def vendor_visit(ctx, m):
    r, lang = ctx.rng, m.lang
    rep = r.choice([5, 7, 9, 10, 11])
    t = OTHERS[rep]
    name = "%s %s" % (t[2], t[3])
    company = r.choice(["NordSurg Canada", "Orthèses Compressa inc.", "Derma-Matrix Solutions"])
    dom = {"NordSurg Canada": "nordsurg.example", "Orthèses Compressa inc.": "compressa.example",
           "Derma-Matrix Solutions": "dermamatrix.example"}[company]
    email = "%s.%s@%s" % (t[2].lower().replace("è", "e").replace("é", "e"), t[3].lower().replace("-", ""), dom)
    tel = "450-555-01%02d" % r.randrange(100)
    d = ctx.day_after(3, 20)
    card = vcard(name, "%s;%s;;;" % (t[3], t[2]), tel=tel, adr="1200 boul. Industriel, bureau 300;Laval;QC;H7L 0A1;Canada",
                 email=email, org=company, title=L(lang, "Représentant(e) clinique", "Clinical specialist"), kind="WORK")
    m.attachments.append({"filename": "%s.vcf" % t[3], "ctype": "text/vcard", "data": card})
    m.sender = (name, email)
    m.to = [ctx.staff_box(r.choice([0, 1, 6]), lang)]
    m.subject = L(lang, "Démonstration – nouvelle matrice dermique", "Demo - new dermal matrix")
    m.text = L(lang, "Bonjour,\n\nJe serai à l'hôpital le %s et j'aimerais vous présenter notre nouvelle matrice pour les brûlures profondes "
               "et les plaies complexes. Je vous joins ma carte.\n\n%s\n%s\n%s\n",
               "Hello,\n\nI'll be at the hospital on %s and would like to show you our new matrix for deep burns and complex wounds. "
               "My card is attached.\n\n%s\n%s\n%s\n") % (when(d, lang), name, company, tel)
    m.note = L(lang, "visite d'un représentant avec vCard", "sales rep visit with vCard")


# --------------------------------------------------------------------------- n26
def policy_update(ctx, m):
    r, lang = ctx.rng, m.lang
    pol = r.choice([("Protocole de soins des sites donneurs", "Donor site care protocol"),
                    ("Protocole d'analgésie pour les changements de pansement", "Analgesia protocol for dressing changes"),
                    ("Algorithme de prise en charge des brûlures de la main", "Hand burn management algorithm")])
    no = "PRO-7N-%03d" % r.randrange(1, 80)
    lines = [L(lang, "Version 3 – en vigueur le %s", "Version 3 - effective %s") % ctx.day_after(7, 20).strftime("%Y-%m-%d"),
             L(lang, "1. Évaluer la douleur avant, pendant et après le soin (échelle 0-10).",
               "1. Assess pain before, during and after care (0-10 scale)."),
             L(lang, "2. Pansement primaire : mousse à l'argent, laisser en place 5 à 7 jours sauf saturation.",
               "2. Primary dressing: silver foam, leave 5 to 7 days unless saturated."),
             L(lang, "3. Signes d'infection : rougeur > 2 cm, odeur, fièvre : aviser le résident de garde.",
               "3. Signs of infection: redness > 2 cm, odour, fever: notify on-call resident."),
             L(lang, "Approuvé par : %s et %s", "Approved by: %s and %s") % (staff_name(0, lang), staff_name(15, lang))]
    m.attachments.append({"filename": "%s.pdf" % no, "ctype": "application/pdf", "data": pdf("%s – %s" % (no, L(lang, pol[0], pol[1])), lines)})
    m.sender = ctx.staff_box(6, lang)
    m.to = [("Équipe 7N" if lang == "fr" else "7N team", "equipe.7n@chubsr.example")]
    m.subject = L(lang, "Mise à jour : %s (%s)", "Update: %s (%s)") % (L(lang, pol[0], pol[1]), no)
    m.text = L(lang, "Bonjour,\n\nLe protocole révisé est en pièce jointe; merci d'en prendre connaissance avant le %s.\n\n%s\n",
               "Hello,\n\nThe revised protocol is attached; please read it before %s.\n\n%s\n") % (
        ctx.day_after(7, 20).strftime("%d/%m"), signature(6, lang))
    m.note = L(lang, "mise à jour d'un protocole de soins", "care protocol update")


# --------------------------------------------------------------------------- n27
def leaflet(ctx, m):
    r, lang = ctx.rng, m.lang
    which = r.choice(["graft", "garment", "tendon"])
    if lang == "fr":
        title = {"graft": "Prendre soin de votre greffe de peau à la maison", "garment": "Votre vêtement compressif : mode d'emploi",
                 "tendon": "Après la réparation d'un tendon de la main"}[which]
        body = ["Ce dépliant s'adresse à toutes les personnes suivies à la clinique.", "Hydratez la peau greffée deux fois par jour avec une crème sans parfum.",
                "Portez le vêtement 23 heures sur 24; lavez-le à la main à l'eau tiède.", "Ne retirez pas votre orthèse sans l'avis de votre thérapeute.",
                "Questions : clinique de chirurgie plastique, 418-555-0100, du lundi au vendredi."]
    else:
        title = {"graft": "Caring for your skin graft at home", "garment": "Your pressure garment: how to use it",
                 "tendon": "After hand tendon repair"}[which]
        body = ["This leaflet is for everyone followed at the clinic.", "Moisturise the grafted skin twice a day with an unscented cream.",
                "Wear the garment 23 hours a day; hand-wash in lukewarm water.", "Do not remove your splint without your therapist's advice.",
                "Questions: plastic surgery clinic, 418-555-0100, Monday to Friday."]
    m.attachments.append({"filename": L(lang, "dépliant_%s.pdf", "leaflet_%s.pdf") % which, "ctype": "application/pdf", "data": pdf(title, body)})
    m.sender = ctx.staff_box(r.choice([6, 8, 13]), lang)
    m.to = [("Imprimerie" if lang == "fr" else "Print shop", "imprimerie@chubsr.example")]
    m.subject = L(lang, "Impression – dépliant « %s » (500 ex.)", "Print job - leaflet \"%s\" (500 copies)") % title
    m.text = L(lang, "Bonjour,\n\nMerci d'imprimer 500 exemplaires recto verso, couleur, pliés en trois. Centre de coût 714455.\n\n%s\n",
               "Hello,\n\nPlease print 500 copies double-sided, colour, tri-fold. Cost centre 714455.\n\n%s\n") % plain_name(m.sender[0])
    m.note = L(lang, "dépliant d'enseignement générique", "generic patient education leaflet")


# --------------------------------------------------------------------------- n28
def budget(ctx, m):
    r, lang = ctx.rng, m.lang
    rows = [L(lang, ["Poste", "Budget 2024-2025", "Réel T1", "Écart"], ["Line", "Budget 2024-25", "Q1 actual", "Variance"])]
    for fr_, en_ in [("Pansements spécialisés", "Specialty dressings"), ("Vêtements compressifs", "Pressure garments"),
                     ("Matrices dermiques", "Dermal matrices"), ("Heures supplémentaires 7N", "7N overtime"),
                     ("Formation", "Education"), ("Orthèses", "Splints")]:
        b = r.randrange(20, 600) * 1000
        a = int(b / 4 * (0.8 + r.random() * 0.5))
        rows.append([L(lang, fr_, en_), money(b, lang), money(a, lang), money(a - b / 4, lang)])
    m.attachments.append({"filename": "budget_plastie_2024-2025.xlsx", "ctype": XLSX_CT, "data": xlsx([("Budget", rows)])})
    m.sender = ctx.staff_box(14, lang)
    m.to = [ctx.staff_box(0, lang), ctx.staff_box(15, lang)]
    m.subject = L(lang, "Suivi budgétaire T1", "Q1 budget follow-up")
    m.text = L(lang, "Bonjour,\n\nLes matrices dermiques dépassent le budget; on en discute mardi.\n\n%s\n",
               "Hello,\n\nDermal matrices are over budget; let's discuss Tuesday.\n\n%s\n") % signature(14, lang)
    m.note = L(lang, "suivi budgétaire", "budget follow-up")


# --------------------------------------------------------------------------- n29
def audit_results(ctx, m):
    r, lang = ctx.rng, m.lang
    units = ["7N", "7S", "6N", L(lang, "Bloc", "OR"), L(lang, "Clinique externe", "Outpatient clinic")]
    kind = r.choice(["hh", "pi"])
    lines = []
    for u in units:
        if kind == "hh":
            lines.append("%s : %d %% (%d observations)" % (u, r.randrange(62, 98), r.randrange(40, 200)))
        else:
            lines.append("%s : %.1f %% %s" % (u, r.random() * 9, L(lang, "de prévalence", "prevalence")))
    title = {"hh": L(lang, "Audit d'hygiène des mains", "Hand hygiene audit"),
             "pi": L(lang, "Prévalence des plaies de pression", "Pressure injury prevalence")}[kind]
    m.sender = ("Prévention des infections" if lang == "fr" else "Infection Prevention", "pci@chubsr.example")
    m.to = [ctx.staff_box(15, lang)]
    m.subject = "%s – %s" % (title, ctx.now.strftime("%Y-%m"))
    m.text = "%s\n\n%s\n\n%s\n" % (L(lang, "Résultats du mois par unité :", "Monthly results by unit:"), "\n".join(lines),
                                   L(lang, "Aucune donnée nominative n'est transmise.", "No identifiable data is included."))
    m.note = L(lang, "résultats d'audit agrégés", "aggregate audit results")


# --------------------------------------------------------------------------- n30
def scheduling_thread(ctx, m):
    r, lang = ctx.rng, m.lang
    a, b = r.sample([0, 1, 2, 14, 15, 16], 2)
    prev = ctx.now - datetime.timedelta(hours=r.randrange(2, 30))
    d = ctx.day_after(3, 15)
    if lang == "fr":
        quoted = ["Bonjour %s," % staff(a)["given"], "",
                  "Est-ce que la salle C-310 est libre le %s pour la rencontre avec la direction sur la liste d'attente?" % when(d, lang),
                  "Il faudrait un projecteur.", "", staff(b)["given"]]
        head = "Le %s, %s <%s> a écrit :" % (format_datetime(prev.replace(tzinfo=tz_for(prev))), staff_name(b, lang, False), staff(b)["email"])
        new = r.choice(["Oui, c'est réservé. Le projecteur est dans l'armoire.", "Non, prise par le comité qualité. Je propose C-214."])
        m.subject = "RE: Salle pour rencontre direction"
    else:
        quoted = ["Hi %s," % staff(a)["given"], "",
                  "Is room C-310 free on %s for the meeting with administration about the wait list?" % when(d, lang),
                  "We'd need a projector.", "", staff(b)["given"]]
        head = "On %s, %s <%s> wrote:" % (format_datetime(prev.replace(tzinfo=tz_for(prev))), staff_name(b, lang, False), staff(b)["email"])
        new = r.choice(["Yes, it's booked. The projector is in the cabinet.", "No, the quality committee has it. How about C-214?"])
        m.subject = "RE: Room for admin meeting"
    m.sender = ctx.staff_box(a, lang)
    m.to = [ctx.staff_box(b, lang)]
    m.text = "%s\n\n%s\n\n%s\n%s\n" % (new, staff(a)["given"], head, "\n".join(("> " + x) if x else ">" for x in quoted))
    m.extra_headers.append(("In-Reply-To", "<room.%d@chubsr.example>" % ctx.counter))
    m.feat("quoted_reply")
    m.note = L(lang, "fil de réponse sur une réservation de salle", "reply thread about a room booking")


# --------------------------------------------------------------------------- n31
def asset_transfer(ctx, m):
    r, lang = ctx.rng, m.lang
    rows = [L(lang, ["Appareil", "No série", "No actif", "De", "Vers"], ["Device", "Serial", "Asset", "From", "To"])]
    for dev in r.sample([L(lang, "Pompe VAC", "VAC pump"), L(lang, "Dermatome électrique", "Electric dermatome"),
                         L(lang, "Moniteur de signes vitaux", "Vital signs monitor"), L(lang, "Pompe volumétrique", "Infusion pump"),
                         L(lang, "Lève-personne", "Patient lift"), "Doppler"], r.randrange(3, 6)):
        rows.append([dev, luhn_serial(r, r.choice([9, 10, 11])), mod97_lot(r), "7N", r.choice(["6N", L(lang, "Bloc", "OR"), "7S"])])
    m.sender = ("Génie biomédical" if lang == "fr" else "Biomedical Engineering", "genie.biomedical@chubsr.example")
    m.to = [ctx.staff_box(15, lang)]
    m.subject = L(lang, "Transfert d'équipements 7N", "7N equipment transfer")
    if r.random() < 0.5:
        members = [(L(lang, "transfert.csv", "transfer.csv"), "\n".join(",".join(x) for x in rows).encode("utf-8") + b"\n"),
                   (L(lang, "bon_transfert.pdf", "transfer_slip.pdf"), pdf(L(lang, "Bon de transfert", "Transfer slip"), [" | ".join(x) for x in rows]))]
        m.attachments.append({"filename": L(lang, "transfert_equipements.zip", "equipment_transfer.zip"), "ctype": "application/zip",
                              "data": make_zip(members)})
        m.text = L(lang, "Bonjour,\n\nListe des équipements transférés (zip). Merci de signer le bon.\n\nGénie biomédical, poste 3900\n",
                   "Hello,\n\nList of transferred equipment (zip). Please sign the slip.\n\nBiomedical Engineering, ext. 3900\n")
    else:
        m.text = L(lang, "Bonjour,\n\nÉquipements transférés :\n\n", "Hello,\n\nEquipment transferred:\n\n") + "\n".join(
            " ; ".join(x) for x in rows) + L(lang, "\n\nGénie biomédical, poste 3900\n", "\n\nBiomedical Engineering, ext. 3900\n")
    m.note = L(lang, "transfert d'équipements avec numéros de série", "equipment transfer with serial numbers")


# --------------------------------------------------------------------------- n32
def rotation_schedule(ctx, m):
    r, lang = ctx.rng, m.lang
    names = [other(i, lang, False) for i in r.sample(range(14), 5)]
    blocks = ["%s : %s" % (n, r.choice([L(lang, "grands brûlés", "burn unit"), L(lang, "main", "hand"),
                                        L(lang, "reconstruction mammaire", "breast reconstruction"), L(lang, "plaies complexes", "complex wounds")]))
              for n in names]
    p = r.randrange(1, 13)
    m.sender = ctx.staff_box(4, lang)
    m.to = [("Résidents plastie" if lang == "fr" else "Plastics residents", "residents.plastie@chubsr.example")]
    m.subject = L(lang, "Assignations des externes – période %d", "Clerk assignments - block %d") % p
    m.text = L(lang, "Salut tout le monde,\n\nVoici les assignations des externes pour la période %d :\n\n%s\n\nAccueil lundi 7 h au 7N-020.\n\nPeter (R4)\n",
               "Hi all,\n\nClerk assignments for block %d:\n\n%s\n\nOrientation Monday 7 a.m. in 7N-020.\n\nPeter (PGY-4)\n") % (p, "\n".join(blocks))
    m.note = L(lang, "assignations d'étudiants", "student rotation assignments")


# --------------------------------------------------------------------------- n33
def external_forward(ctx, m):
    r, lang = ctx.rng, m.lang
    prev = ctx.now - datetime.timedelta(days=r.randrange(1, 5))
    if lang == "fr":
        m.subject = "TR: Appel de résumés – congrès annuel de chirurgie plastique"
        m.text = ("Pour ceux et celles qui ont des projets sur les brûlures ou la main, date limite dans 3 semaines.\n\n%s\n\n"
                  "---------- Message transféré ----------\nDe : Secrétariat du congrès <congres@societe-plastie.example>\n"
                  "Date : %s\nObjet : Appel de résumés\n\nChers membres,\n\nLe comité scientifique, présidé par %s, "
                  "sollicite des résumés sur : brûlures pédiatriques, lymphœdème, chirurgie de la main, reconstruction mammaire. "
                  "Conférencière invitée : %s (cicatrices hypertrophiques).\n\nAu plaisir!\n") % (
            staff_name(0, lang, False), format_datetime(prev.replace(tzinfo=tz_for(prev))), other(2, lang), other(7, lang))
    else:
        m.subject = "Fwd: Call for abstracts - annual plastic surgery meeting"
        m.text = ("For anyone with burn or hand projects, deadline in 3 weeks.\n\n%s\n\n"
                  "---------- Forwarded message ---------\nFrom: Meeting Secretariat <congres@societe-plastie.example>\n"
                  "Date: %s\nSubject: Call for abstracts\n\nDear members,\n\nThe scientific committee, chaired by %s, "
                  "invites abstracts on: paediatric burns, lymphoedema, hand surgery, breast reconstruction. "
                  "Invited speaker: %s (hypertrophic scarring).\n\nBest regards\n") % (
            staff_name(0, lang, False), format_datetime(prev.replace(tzinfo=tz_for(prev))), other(2, lang), other(7, lang))
    m.sender = ctx.staff_box(0, lang)
    m.to = [("Service de plastie" if lang == "fr" else "Plastics department", "liste.plastie@chubsr.example")]
    m.note = L(lang, "transfert d'un appel de résumés", "forwarded call for abstracts")
    m.feat("inline_forward")


# --------------------------------------------------------------------------- n34
def parking_security(ctx, m):
    r, lang = ctx.rng, m.lang
    d = ctx.day_after(2, 20)
    kind = r.choice(["parking", "badge", "construction"])
    if lang == "fr":
        txt = {"parking": "Le stationnement P3 sera fermé le %s pour le déneigement; utilisez P1 (carte d'accès requise)." % when(d, lang, False),
               "badge": "Les cartes d'accès de l'ancienne génération seront désactivées le %s. Passez au bureau de la sécurité (B-010) avec une pièce d'identité." % when(d, lang, False),
               "construction": "Des travaux de réfection de l'entrée Est débuteront le %s. Le débarcadère pour les patients sera déplacé à la porte B." % when(d, lang, False)}[kind]
        m.subject = "Avis – sécurité et stationnement"
        m.text = "Bonjour,\n\n%s\n\nService de sécurité – 418-555-0111\n%s\n" % (txt, ORG_ADDR)
    else:
        txt = {"parking": "Parking lot P3 will be closed on %s for snow removal; use P1 (access card required)." % when(d, lang, False),
               "badge": "Old-generation access cards will be deactivated on %s. Go to the security office (B-010) with photo ID." % when(d, lang, False),
               "construction": "Renovation of the East entrance starts on %s. Patient drop-off moves to door B." % when(d, lang, False)}[kind]
        m.subject = "Notice - security and parking"
        m.text = "Hello,\n\n%s\n\nSecurity Services - 418-555-0111\n%s\n" % (txt, ORG_ADDR)
    m.sender = ("Sécurité" if lang == "fr" else "Security", "securite@chubsr.example")
    m.to = [("Tout le personnel" if lang == "fr" else "All staff", "tous@chubsr.example")]
    m.note = L(lang, "avis de sécurité et stationnement", "security and parking notice")
