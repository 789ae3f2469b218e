"""Negative templates, part C: staff baby news, minutes, training, staff vCards, meeting
invitations, job candidates, clinical memos, patient education, expenses, forwarded threads."""
import datetime

import gen_data as D
import gen_docs as X
import gen_ids as I
from gen_neg_a import emp_no, staff_person


# ------------------------------------------------------------------ N21 colleague's baby
def n_baby_news(g, lang):
    m = g.new(lang, "staff_news")
    a = g.st("unit coordinator", "administrative officer", "clinical nurse")
    m.sender = (a.display(), a.email)
    m.to = [(g.L(lang, "Équipe CSMP", "PMHC team"), f"csmp.equipe@{D.DOM}")]
    gv, sv = staff_person(g, lang, "F")
    baby = g.c(D.BABY_FR if lang == "fr" else D.BABY_EN)
    bd = (m.date - datetime.timedelta(days=g.rng.randint(1, 10))).date()
    kg = f"{g.rng.randint(28, 42) / 10:.1f}"
    if lang == "fr":
        m.subject = g.c([f"Bienvenue bébé {baby}!", "Une belle nouvelle dans l'équipe", "Naissance!"])
        m.text = (f"Bonjour tout le monde,\n\nNotre collègue {gv} {sv} a donné naissance à {baby} le {I.fmt_date(bd, 'fr', 'long')}, "
                  f"{kg.replace('.', ',')} kg. Maman et bébé se portent bien!\n"
                  "Une carte circule au poste; contribution pour le cadeau dans l'enveloppe chez Audrey.\n\n" + a.given)
    else:
        m.subject = g.c([f"Welcome baby {baby}!", "Happy news from the team", "Baby announcement"])
        m.text = (f"Hi everyone,\n\nOur colleague {gv} {sv} gave birth to {baby} on {I.fmt_date(bd, 'en', 'long')}, {kg} kg. "
                  "Mom and baby are doing great!\nThere is a card at the desk; gift envelope is with Audrey.\n\n" + a.given)
    m.note = g.L(lang, "annonce de naissance d'une collègue", "colleague's baby announcement")
    return m


# ------------------------------------------------------------------ N22 team meeting minutes
def n_minutes(g, lang):
    m = g.new(lang, "minutes")
    mgr = g.st("program manager")
    m.sender = (mgr.display(), mgr.email)
    m.to = [(g.L(lang, "Équipe CSMP", "PMHC team"), f"csmp.equipe@{D.DOM}")]
    wl = g.rng.randint(25, 70)
    present = ", ".join(s.name(lang) for s in g.sample(g.staff[:12], 6))
    if lang == "fr":
        m.subject = "Compte rendu – rencontre d'équipe"
        m.text = (f"Présents : {present}\n\n1. Liste d'attente : {wl} demandes, dont {g.rng.randint(3, 9)} P1. Délai P1 respecté à {g.rng.randint(70, 98)} %.\n"
                  "2. Dre Haddad sera au congrès de la Marcé Society; Dr Lacroix couvre la clinique externe.\n"
                  "3. Nouveau groupe de soutien pour pères : lancement en septembre (Rachel Sinclair).\n"
                  "4. Rappel : utiliser uniquement le numéro de dossier dans les courriels, jamais le nom complet.\n\nProchaine rencontre dans deux semaines.\n\n" + g.sig(mgr, lang))
    else:
        m.subject = "Minutes - team meeting"
        m.text = (f"Present: {present}\n\n1. Wait list: {wl} requests, {g.rng.randint(3, 9)} of them P1. P1 target met {g.rng.randint(70, 98)}% of the time.\n"
                  "2. Dr. Haddad will be at the Marcé Society conference; Dr. Lacroix covers the outpatient clinic.\n"
                  "3. New fathers' support group launching in September (Rachel Sinclair).\n"
                  "4. Reminder: use only the chart number in e-mails, never the full name.\n\nNext meeting in two weeks.\n\n" + g.sig(mgr, lang))
    m.note = g.L(lang, "compte rendu de réunion", "meeting minutes")
    return m


# ------------------------------------------------------------------ N23 training registration (staff DOB, ICS)
def n_training(g, lang):
    m = g.new(lang, "training")
    m.sender = (g.L(lang, "Formation continue", "Continuing education"), f"formation@{D.DOM}")
    m.to = [(g.L(lang, "Inscrits", "Registrants"), f"csmp.equipe@{D.DOM}")]
    d = (m.date + datetime.timedelta(days=g.rng.randint(7, 30))).replace(hour=8, minute=30, second=0)
    course = g.c([("RCR – soins immédiats en réanimation", "BLS - Basic Life Support"), ("Intervention en situation de crise suicidaire", "Suicide crisis intervention"),
                  ("Omega – prévention de l'agressivité", "Omega - aggression prevention")])
    rows = [g.L(lang, ["Nom", "Titre d'emploi", "Matricule", "Date de naissance"], ["Name", "Job title", "Employee no.", "Date of birth"])]
    for _ in range(g.rng.randint(3, 6)):
        gv, sv = staff_person(g, lang, g.c("FFM"))
        rows.append([f"{gv} {sv}", g.c(g.L(lang, ["infirmière", "préposée", "TS", "psychologue"], ["nurse", "attendant", "social worker", "psychologist"])),
                     emp_no(g), g.birth(25, 60).isoformat()])
    intro = g.L(lang, f"Confirmation d'inscription : {course[0]}, le {I.fmt_date(d.date(), 'fr', 'long')}, salle A-110. "
                "La date de naissance est exigée par l'organisme certificateur pour l'émission des cartes.",
                f"Registration confirmed: {course[1]}, {I.fmt_date(d.date(), 'en', 'long')}, room A-110. "
                "Date of birth is required by the certifying body to issue cards.")
    m.text = intro + "\n\n" + "\n".join(" | ".join(r) for r in rows) + "\n\n" + g.L(lang, "Formation continue – poste 4300", "Continuing education - ext. 4300")
    m.attachments.append({"kind": "ics", "filename": "formation.ics" if lang == "fr" else "training.ics",
                          "data": X.make_ics(f"{m.counter}-form@{D.DOM}", d, d + datetime.timedelta(hours=4), g.L(lang, course[0], course[1]),
                                             "A-110", g.L(lang, "Apportez votre carte d'employé.", "Bring your employee card."), f"formation@{D.DOM}",
                                             stamp=m.date.astimezone(datetime.timezone.utc))})
    m.subject = g.L(lang, f"Inscription – {course[0]}", f"Registration - {course[1]}")
    m.note = g.L(lang, "inscription à une formation du personnel", "staff training registration")
    return m


# ------------------------------------------------------------------ N24 staff vCard / new colleague
def n_staff_vcard(g, lang):
    m = g.new(lang, "staff_contact")
    s = g.st()
    mgr = g.st("program manager")
    m.sender = (mgr.display(), mgr.email)
    m.to = [(g.L(lang, "Partenaires GMF et CLSC", "GMF and CLSC partners"), "partenaires.perinat@cisss-vdb.example")]
    vc = X.make_vcard(s.given, s.surname, org=f"{D.ORG_FR};{D.CLINIC_FR}", title=s.role(lang), tel=f"+1-{D.CLINIC_PHONE.replace(' ', '-')}",
                      tel_type="WORK", adr=("455, boulevard des Hérons, pavillon C", "Val-Brume", "QC", "J0Z 9Z9"), email=s.email)
    m.attachments.append({"kind": "vcard", "filename": f"{s.given} {s.surname}.vcf", "data": vc})
    m.subject = g.L(lang, f"Nouvelle personne-ressource : {s.name(lang)}", f"New contact person: {s.name(lang)}")
    m.text = g.L(lang, f"Bonjour,\n\n{s.name(lang)}, {s.role(lang)}, est votre nouvelle personne-ressource pour les références. Ses coordonnées sont jointes.\n\n{g.sig(mgr, lang, long=True)}",
                 f"Hello,\n\n{s.name(lang)}, {s.role(lang)}, is your new contact for referrals. Contact card attached.\n\n{g.sig(mgr, lang, long=True)}")
    m.note = g.L(lang, "coordonnées professionnelles d'une employée", "staff business contact card")
    return m


# ------------------------------------------------------------------ N25 meeting invitation (ICS)
def n_meeting(g, lang):
    m = g.new(lang, "meeting_invite")
    org = g.st("program manager", "psychiatrist", "unit coordinator")
    m.sender = (org.display(), org.email)
    att = g.sample(g.staff[:12], 4)
    m.to = [(s.display(), s.email) for s in att]
    d = (m.date + datetime.timedelta(days=g.rng.randint(3, 15))).replace(hour=g.c([9, 12, 13]), minute=0, second=0)
    title = g.c(g.L(lang, ["Révision du protocole de dépistage EPDS", "Comité d'amélioration continue – UME", "Planification estivale des effectifs"],
                      ["EPDS screening protocol review", "MBU continuous improvement committee", "Summer staffing planning"]))
    m.attachments.append({"kind": "ics", "filename": "invite.ics",
                          "data": X.make_ics(f"{m.counter}-mtg@{D.DOM}", d, d + datetime.timedelta(hours=1), title, "Teams / B-204",
                                             g.L(lang, "Documents à lire sur le SharePoint de l'équipe.", "Read the documents on the team SharePoint."),
                                             org.email, [s.email for s in att], stamp=m.date.astimezone(datetime.timezone.utc))})
    m.subject = g.L(lang, f"Invitation : {title}", f"Invitation: {title}")
    m.text = g.L(lang, f"{title}\n{I.fmt_date(d.date(), 'fr', 'long')}, {d.hour} h – Teams / B-204\n\nOrganisateur : {org.name(lang)}",
                 f"{title}\n{I.fmt_date(d.date(), 'en', 'long')}, {d.hour}:00 - Teams / B-204\n\nOrganizer: {org.name(lang)}")
    m.mode = g.c(["plain", "alt"])
    m.note = g.L(lang, "invitation à une réunion", "meeting invitation")
    return m


# ------------------------------------------------------------------ N26 job candidate
def n_candidate(g, lang):
    m = g.new(lang, "candidate")
    hr = g.st("HR advisor")
    mgr = g.st("program manager")
    m.sender = (hr.display(), hr.email)
    m.to = [(mgr.display(), mgr.email)]
    gv, sv = staff_person(g, lang, g.c("FM"))
    a = g.address(lang)
    tel = g.phone()
    paras = [f"{gv} {sv}", g.addr_line(a), tel, f"{I.strip_accents(gv).lower().replace(' ', '')}.{I.strip_accents(sv).lower().replace(chr(39), '')}@courriel.example",
             g.L(lang, "Expérience : 6 ans en santé mentale adulte; 2 ans en périnatalité (CLSC).", "Experience: 6 years in adult mental health; 2 years perinatal (CLSC)."),
             g.L(lang, "Formation : maîtrise en service social; formation ASIST; TCC niveau 1.", "Education: MSW; ASIST training; CBT level 1."),
             g.L(lang, "Références sur demande.", "References available on request.")]
    m.attachments.append({"kind": "docx", "filename": f"CV_{gv}_{sv}.docx", "data": X.make_docx("Curriculum vitæ", paras)})
    m.subject = g.L(lang, f"Candidature – poste VDB-{m.date.year}-{g.rng.randint(1000, 9999)}", f"Application - posting VDB-{m.date.year}-{g.rng.randint(1000, 9999)}")
    m.text = g.L(lang, f"Bonjour {mgr.given},\n\nVoici la candidature de {gv} {sv} pour le poste de travailleuse sociale. Disponible pour une entrevue la semaine prochaine "
                 f"(cellulaire au CV).\n\n{g.sig(hr, lang)}",
                 f"Hi {mgr.given},\n\nHere is the application from {gv} {sv} for the social worker position. Available for interview next week (cell number on the CV).\n\n{g.sig(hr, lang)}")
    m.note = g.L(lang, "candidature à un poste", "job application")
    return m


# ------------------------------------------------------------------ N27 clinical memo (no patient)
def n_memo(g, lang):
    m = g.new(lang, "clinical_memo")
    ph = g.st("pharmacist")
    m.sender = (ph.display(), ph.email)
    m.to = [(g.L(lang, "Prescripteurs SMD", "MHA prescribers"), f"prescripteurs.smd@{D.DOM}")]
    if lang == "fr":
        m.subject = g.c(["Rappel : ISRS et allaitement", "Aide-mémoire lithium en post-partum"])
        m.text = ("Bonjour,\n\nQuelques rappels à la suite des questions reçues :\n"
                  "- La sertraline et la paroxétine ont les plus faibles ratios lait/plasma; la fluoxétine s'accumule davantage chez le nourrisson.\n"
                  "- Lithium : lithémie à J+1, J+3 puis hebdomadaire le premier mois; surveiller la TSH et la créatinine.\n"
                  "- Benzodiazépines : préférer le lorazépam à courte durée, à faible dose.\n"
                  "Référence : LactMed et le Centre IMAGe.\n\n" + g.sig(ph, lang))
    else:
        m.subject = g.c(["Reminder: SSRIs and breastfeeding", "Postpartum lithium cheat sheet"])
        m.text = ("Hello,\n\nA few reminders following recent questions:\n"
                  "- Sertraline and paroxetine have the lowest milk/plasma ratios; fluoxetine accumulates more in infants.\n"
                  "- Lithium: level on day 1, day 3, then weekly in the first month; monitor TSH and creatinine.\n"
                  "- Benzodiazepines: prefer short-acting lorazepam at low dose.\n"
                  "Sources: LactMed and the IMAGe centre.\n\n" + g.sig(ph, lang))
    m.note = g.L(lang, "rappel clinique sans patient", "clinical memo without patients")
    return m


# ------------------------------------------------------------------ N28 patient education handout
def n_education(g, lang):
    m = g.new(lang, "patient_education")
    nurse = g.st("clinical nurse", "liaison nurse")
    m.sender = (nurse.display(), nurse.email)
    m.to = [(g.L(lang, "Comité des documents aux usagers", "Patient materials committee"), f"documents.usagers@{D.DOM}")]
    title = g.L(lang, "La dépression post-partum : ce qu'il faut savoir", "Postpartum depression: what you need to know")
    paras = g.L(lang, ["Jusqu'à une mère sur sept vit une dépression après l'accouchement. Ce n'est pas de votre faute, et ça se soigne.",
                       "Signes : tristesse qui dure plus de deux semaines, pleurs, perte d'intérêt, troubles du sommeil, idées noires.",
                       "Qui appeler : votre médecin, Info-Social 811, ou la Clinique de santé mentale périnatale au 450 555-0100.",
                       "En cas d'urgence ou d'idées suicidaires : 1 866 APPELLE (1 866 277-3553) ou le 911."],
                    ["Up to one mother in seven experiences depression after giving birth. It is not your fault, and it is treatable.",
                     "Signs: sadness lasting more than two weeks, crying, loss of interest, sleep problems, dark thoughts.",
                     "Who to call: your doctor, Info-Social 811, or the Perinatal Mental Health Clinic at 450 555-0100.",
                     "In an emergency or with suicidal thoughts: 1 866 APPELLE (1 866 277-3553) or 911."])
    m.attachments.append({"kind": "pdf", "filename": g.L(lang, "Dépliant_DPP_v3.pdf", "PPD_leaflet_v3.pdf"), "data": X.make_pdf(title, paras)})
    m.subject = g.L(lang, "Dépliant DPP – version 3 pour approbation", "PPD leaflet - version 3 for approval")
    m.text = g.L(lang, f"Bonjour,\n\nVoici la version 3 du dépliant, avec les corrections de Dre Fontaine. Niveau de lecture vérifié.\n\n{g.sig(nurse, lang)}",
                 f"Hello,\n\nHere is version 3 of the leaflet, with Dr. Fontaine's edits. Reading level checked.\n\n{g.sig(nurse, lang)}")
    m.note = g.L(lang, "dépliant d'information générale", "general patient education leaflet")
    return m


# ------------------------------------------------------------------ N29 expense / mileage
def n_expense(g, lang):
    m = g.new(lang, "expense")
    s = g.st("liaison nurse", "social worker", "clinical nurse")
    mgr = g.st("program manager")
    m.sender = (s.display(), s.email)
    m.to = [(mgr.display(), mgr.email)]
    rows = [g.L(lang, ["Date", "Trajet", "Km", "Montant"], ["Date", "Trip", "Km", "Amount"])]
    tot = 0
    for _ in range(g.rng.randint(4, 8)):
        d = (m.date - datetime.timedelta(days=g.rng.randint(1, 28))).date().isoformat()
        town = g.c(D.TOWNS)[0]
        km = g.rng.randint(8, 95)
        tot += km * 0.56
        rows.append([d, g.L(lang, f"{D.HOSP2} → visite à domicile ({town}) → retour", f"{D.HOSP2} -> home visit ({town}) -> return"), str(km), f"{km * 0.56:.2f}"])
    m.attachments.append({"kind": "xlsx", "filename": g.L(lang, f"Kilométrage_{m.date.strftime('%Y-%m')}.xlsx", f"Mileage_{m.date.strftime('%Y-%m')}.xlsx"),
                          "data": X.make_xlsx([("Km", rows)])})
    m.subject = g.L(lang, "Réclamation de kilométrage", "Mileage claim")
    m.text = g.L(lang, f"Bonjour {mgr.given},\n\nMa réclamation du mois ({tot:.2f} $) est jointe pour signature. Matricule {emp_no(g)}.\n\n{s.given}",
                 f"Hi {mgr.given},\n\nMy monthly claim (${tot:.2f}) is attached for signature. Employee no. {emp_no(g)}.\n\n{s.given}")
    m.note = g.L(lang, "réclamation de frais de déplacement", "mileage claim")
    return m


# ------------------------------------------------------------------ N30 forwarded / replied thread
def n_thread(g, lang):
    m = g.new(lang, "thread")
    a = g.st()
    b = g.c([s for s in g.staff if s.email != a.email])
    m.sender = (a.display(), a.email)
    m.to = [(b.display(), b.email)]
    topic = g.c(["room", "coverage", "quote"])
    od = m.date - datetime.timedelta(hours=g.rng.randint(2, 48))
    if topic == "room":
        q = g.L(lang, ["Est-ce que la salle B-204 est libre jeudi à 13 h pour la supervision clinique des résidents?",
                       "Sinon, on peut prendre le local C-3.14."],
                ["Is room B-204 free Thursday at 1 p.m. for resident supervision?", "Otherwise we can use C-3.14."])
        top = g.L(lang, "C'est réservé à ton nom, 13 h à 14 h 30.", "Booked under your name, 1 to 2:30 p.m.")
    elif topic == "coverage":
        q = g.L(lang, ["Dr Lacroix sera en congé de maladie jusqu'à vendredi (grippe). Qui peut couvrir ses consultations à l'urgence?",
                       "Dre Whitfield a offert mardi et mercredi."],
                ["Dr. Lacroix is off sick until Friday (flu). Who can cover his ER consults?", "Dr. Whitfield offered Tuesday and Wednesday."])
        top = g.L(lang, "Je prends jeudi. Souhaitons-lui un prompt rétablissement!", "I'll take Thursday. Get well soon to him!")
    else:
        q = g.L(lang, ["Voici la soumission pour 4 fauteuils d'allaitement : 1 240 $ avant taxes, livraison incluse.",
                       f"No de soumission : Q-{g.rng.randint(10000, 99999)}."],
                ["Here is the quote for 4 nursing chairs: $1,240 before tax, delivery included.", f"Quote no.: Q-{g.rng.randint(10000, 99999)}."])
        top = g.L(lang, "Approuvé, tu peux passer la commande.", "Approved, go ahead and order.")
    if g.chance(0.5):
        head = g.L(lang, f"Le {od.strftime('%Y-%m-%d')} à {od.strftime('%H:%M')}, {b.display()} a écrit :",
                   f"On {od.strftime('%a, %b %d, %Y at %I:%M %p')} {b.display()} wrote:")
        m.text = "\n".join([top, "", a.given, "", head] + ["> " + x for x in q])
        m.subject = "RE: " + g.L(lang, {"room": "Salle jeudi", "coverage": "Couverture urgence", "quote": "Soumission fauteuils"}[topic],
                                 {"room": "Room Thursday", "coverage": "ER coverage", "quote": "Chairs quote"}[topic])
        m.in_reply_to = f"<t{m.counter}.{g.seed}@{D.DOM}>"
    else:
        inner = {"sender": (b.display(), b.email), "to": [(a.display(), a.email)],
                 "subject": g.L(lang, {"room": "Salle jeudi", "coverage": "Couverture urgence", "quote": "Soumission fauteuils"}[topic],
                                {"room": "Room Thursday", "coverage": "ER coverage", "quote": "Chairs quote"}[topic]),
                 "date": od, "msgid": f"<t{m.counter}.{g.seed}@{D.DOM}>", "text": "\n".join(q) + "\n\n" + b.given,
                 "charset": "utf-8", "cte": g.c(["8bit", "quoted-printable", "base64"]), "mode": "plain"}
        m.attachments.append({"kind": "eml", "filename": g.L(lang, "Message d'origine.eml", "Original message.eml"), "spec": inner})
        m.text = top + "\n\n" + g.L(lang, "(message d'origine joint)", "(original message attached)") + "\n\n" + a.given
        m.subject = g.L(lang, "TR: ", "FW: ") + inner["subject"]
    m.note = g.L(lang, "fil de discussion administratif", "administrative thread")
    return m


TEMPLATES = [n_baby_news, n_minutes, n_training, n_staff_vcard, n_meeting, n_candidate, n_memo, n_education, n_expense, n_thread]
