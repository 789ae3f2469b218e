"""Negative templates, part B: HR, payroll, newsletters, forms, IT, facilities, teaching."""
import datetime as dt

import gen_attach as A
import gen_data as D
from gen_common import quote
from gen_mime import Mail
from gen_neg_a import luhn_serial, spaced


def gcp_training(c):
    reg = D.STAFF[12]
    people = c.rng.sample(D.STAFF, 5) + [D.DOCTORS[c.rng.randrange(6)]]
    rows = [c.L(["Nom", "Formation", "Expiration"], ["Name", "Course", "Expiry"])]
    for p in people:
        rows.append([f"{p[0]} {p[1]}", c.pick(["BPC/GCP (CITI)", "TDG/IATA", "EPTC 2 / TCPS 2", "Santé Canada Div. 5"]),
                     c.future(-20, 60).isoformat()])
    text = "\n".join(" | ".join(r) for r in rows)
    body = c.L(f"Bonjour à tous,\n\nRappel : les certificats suivants expirent bientôt ou sont échus. Merci de "
               f"refaire la formation et de m'envoyer le certificat PDF.\n\n{text}\n\n{D.signature(reg, 'fr', c.rng)}",
               f"Hello all,\n\nReminder: the following certificates are expiring or expired. Please redo the course "
               f"and send me the PDF certificate.\n\n{text}\n\n{D.signature(reg, 'en', c.rng)}")
    subj = c.L("Rappel - certificats de formation à renouveler", "Reminder - training certificates to renew")
    m = Mail(c.lang, "training", D.staff_addr(reg), [(c.L("Équipe BRC", "CRO team"), f"brc-equipe@{D.ORG['dom']}")], subj, body)
    return "training_reminder", m, "staff training certificate reminder"


def delegation_log(c):
    reg = D.STAFF[12]
    t = c.trial()
    pi = c.pi(t)
    new = c.rng.choice(D.STAFF[:3] + [D.STAFF[8], D.STAFF[14], D.STAFF[15]])
    rows = [c.L(["Nom", "Rôle", "Tâches", "Début"], ["Name", "Role", "Tasks", "Start"]),
            [f"{new[0]} {new[1]}", new[3] if c.lang == "fr" else new[4], "1, 2, 4, 6, 9", c.future(1, 10).isoformat()]]
    att = A.docx(c.L(f"registre_delegation_{t['proto']}.docx", f"delegation_log_{t['proto']}.docx"),
                 c.L("Registre de délégation des tâches", "Delegation of authority log"),
                 [f"{t['proto']} - {t['code']}", f"{c.L('Investigateur principal', 'Principal investigator')}: Dr {pi[0]} {pi[1]}"],
                 table=rows)
    body = c.L(f"Dr {pi[1]},\n\nAjout de {new[0]} au registre de délégation de {t['code']}. Merci de parapher la ligne "
               f"ci-jointe avant sa première visite.\n\n{D.signature(reg, 'fr', c.rng)}",
               f"Dr {pi[1]},\n\nAdding {new[0]} to the {t['code']} delegation log. Please initial the attached line "
               f"before their first visit.\n\n{D.signature(reg, 'en', c.rng)}")
    subj = c.L(f"Registre de délégation {t['proto']} - ajout", f"Delegation log {t['proto']} - addition")
    m = Mail(c.lang, "regulatory", D.staff_addr(reg), [D.doc_addr(pi)], subj, body, attachments=[att])
    return "delegation_log", m, "delegation log update for staff"


def job_posting(c):
    hr = ("Ressources humaines", "Human Resources", f"rh@{D.ORG['dom']}")
    pos = c.pick([("Infirmier(ère) de recherche clinique - oncologie", "Clinical research nurse - oncology"),
                  ("Coordonnateur(trice) de recherche - cardiologie", "Research coordinator - cardiology"),
                  ("Gestionnaire de données cliniques", "Clinical data manager")])
    no = f"BRC-{c.date.year}-{c.rng.randrange(10, 99)}"
    if c.lang == "fr":
        subj = f"Affichage {no} : {pos[0]}"
        body = (f"AFFICHAGE INTERNE ET EXTERNE - {no}\n\nPoste : {pos[0]}\nStatut : temps complet, 35 h/sem., "
                f"contrat de 2 ans renouvelable\nLieu : {D.ORG['office_fr']}, {D.ORG['street']}\n\n"
                f"Responsabilités : recrutement et suivi des participants, saisie dans les CRFé, gestion des EIG, "
                f"préparation des visites de monitorage.\nExigences : BAC en sciences infirmières ou domaine "
                f"connexe, formation BPC, bilinguisme.\nSalaire : selon l'échelle du MSSS (29,48 $ à 47,18 $/h).\n\n"
                f"Faire parvenir CV et lettre avant le {c.d(c.future(10, 25), 2)} à rh@{D.ORG['dom']}.")
    else:
        subj = f"Posting {no}: {pos[1]}"
        body = (f"INTERNAL AND EXTERNAL POSTING - {no}\n\nPosition: {pos[1]}\nStatus: full time, 35 h/week, 2-year "
                f"renewable contract\nLocation: {D.ORG['office_en']}, {D.ORG['street']}\n\nDuties: participant "
                f"recruitment and follow-up, eCRF entry, SAE management, monitoring visit preparation.\n"
                f"Requirements: BSc Nursing or related field, GCP training, bilingual.\nSalary: per MSSS scale "
                f"($29.48-$47.18/h).\n\nSend CV and cover letter by {c.d(c.future(10, 25), 2)} to rh@{D.ORG['dom']}.")
    m = Mail(c.lang, "hr", (c.L(hr[0], hr[1]), hr[2]), [(c.L("Tout le personnel", "All staff"), f"tous@{D.ORG['dom']}")], subj, body)
    return "job_posting", m, "job posting"


def staff_schedule(c):
    mgr = D.STAFF[9]
    people = c.rng.sample(D.STAFF, 7)
    rows = [c.L(["Employé(e)", "Lun", "Mar", "Mer", "Jeu", "Ven"], ["Employee", "Mon", "Tue", "Wed", "Thu", "Fri"])]
    for p in people:
        rows.append([f"{p[1]}, {p[0]}"] + [c.pick(["7-15", "8-16", "9-17", c.L("congé", "off"), c.L("télétravail", "remote"), c.L("vacances", "vacation")]) for _ in range(5)])
    att = A.xlsx(c.L("horaire_BRC_semaine.xlsx", "CRO_schedule_week.xlsx"), [(c.L("Horaire", "Schedule"), rows)]) if c.rng.random() < 0.5 else None
    text = c.L("Horaire ci-joint.", "Schedule attached.") if att else "\n".join(" | ".join(r) for r in rows)
    body = c.L(f"Bonjour l'équipe,\n\nHoraire de la semaine du {c.d(c.future(3, 9), 2)} :\n\n{text}\n\nAvisez-moi de tout "
               f"échange de quart.\n\n{mgr[0]}",
               f"Hi team,\n\nSchedule for the week of {c.d(c.future(3, 9), 2)}:\n\n{text}\n\nLet me know about any shift "
               f"swaps.\n\n{mgr[0]}")
    subj = c.L("Horaire de la semaine", "Weekly schedule")
    m = Mail(c.lang, "schedule", D.staff_addr(mgr), [(c.L("Équipe BRC", "CRO team"), f"brc-equipe@{D.ORG['dom']}")], subj, body,
             attachments=[att] if att else [])
    return "staff_schedule", m, "staff weekly schedule"


def payroll(c):
    emp = c.rng.choice(D.STAFF)
    pay = ("Service de la paie", "Payroll", f"paie@{D.ORG['dom']}")
    eno = f"{c.rng.randrange(100000, 999999)}"
    if c.lang == "fr":
        subj = f"Paie - écart sur le relevé du {c.d(c.past(2, 8), 2)}"
        body = (f"Bonjour,\n\nMatricule {eno} ({emp[0]} {emp[1]}). Mes heures supplémentaires du 14 au 20 "
                f"(visites de soir pour l'étude) ne figurent pas sur la dernière paie : 6,5 h à taux et demi. "
                f"Ma banque de congés semble aussi erronée (NAS au dossier : *** *** {c.rng.randrange(100, 999)}).\n\n"
                f"Merci de vérifier.\n\n{emp[0]} {emp[1]}\n{emp[3]}")
    else:
        subj = f"Payroll - discrepancy on the {c.d(c.past(2, 8), 2)} pay stub"
        body = (f"Hello,\n\nEmployee no. {eno} ({emp[0]} {emp[1]}). My overtime from the 14th to the 20th (evening "
                f"study visits) is missing from the last pay: 6.5 h at time and a half. My leave bank also looks "
                f"wrong (SIN on file: *** *** {c.rng.randrange(100, 999)}).\n\nPlease check.\n\n{emp[0]} {emp[1]}\n{emp[4]}")
    m = Mail(c.lang, "payroll", D.staff_addr(emp), [(c.L(pay[0], pay[1]), pay[2])], subj, body)
    return "payroll", m, "employee payroll discrepancy"


def occupational_health(c):
    emp = c.rng.choice(D.STAFF[:3] + [D.STAFF[8], D.STAFF[13], D.STAFF[14]])
    sst = ("Santé et sécurité au travail", "Occupational Health", f"sst@{D.ORG['dom']}")
    mm = c.rng.randrange(0, 4)
    if c.lang == "fr":
        subj = f"Résultat TCT et ajustement N95 - {emp[0]} {emp[1]}"
        body = (f"Bonjour {emp[0]},\n\nVotre test cutané à la tuberculine (TCT) du {c.d(c.past(3, 10), 2)} est négatif "
                f"({mm} mm). Votre essai d'ajustement N95 est réussi pour le modèle 3M 1870+ taille régulière. "
                f"Vous êtes autorisé(e) à travailler à l'unité de recherche (chambres à pression négative).\n\n"
                f"Prochain rappel : dans 12 mois.\n\nService de santé et sécurité au travail\nPoste 2290")
    else:
        subj = f"TST result and N95 fit - {emp[0]} {emp[1]}"
        body = (f"Hi {emp[0]},\n\nYour tuberculin skin test of {c.d(c.past(3, 10), 2)} is negative ({mm} mm). Your N95 "
                f"fit test passed for the 3M 1870+ regular. You are cleared to work on the research unit "
                f"(negative-pressure rooms).\n\nNext reminder: in 12 months.\n\nOccupational Health\nExt. 2290")
    m = Mail(c.lang, "occupational_health", (c.L(sst[0], sst[1]), sst[2]), [D.staff_addr(emp)], subj, body)
    return "employee_health", m, "employee occupational health clearance"


def staff_sick_leave(c):
    emp = c.rng.choice(D.STAFF)
    mgr = D.STAFF[9]
    weeks = c.rng.randrange(2, 7)
    if c.lang == "fr":
        subj = "Absence - remplacement à prévoir"
        body = (f"Bonjour Jean-François,\n\nJe t'avise que je serai en arrêt de travail pour {weeks} semaines à partir "
                f"du {c.d(c.future(3, 10), 2)} (chirurgie prévue, billet médical envoyé aux RH). {c.pick(['Karine', 'Rachel'])} "
                f"a accepté de reprendre mes visites. Je laisse la liste des suivis dans le dossier partagé.\n\n{emp[0]}")
    else:
        subj = "Leave - coverage needed"
        body = (f"Hi Jean-François,\n\nJust letting you know I'll be on medical leave for {weeks} weeks starting "
                f"{c.d(c.future(3, 10), 2)} (planned surgery, note sent to HR). {c.pick(['Karine', 'Rachel'])} agreed to "
                f"cover my visits. The follow-up list is in the shared folder.\n\n{emp[0]}")
    m = Mail(c.lang, "hr", D.staff_addr(emp), [D.staff_addr(mgr)], subj, body)
    return "staff_leave", m, "employee medical leave notice"


def baby_announcement(c):
    emp = c.rng.choice(D.STAFF)
    sender = D.STAFF[4]
    baby = c.pick([("Éloïse", "F"), ("Mathis", "M"), ("Charlotte", "F"), ("Arnaud", "M")])
    born = c.past(1, 6)
    wt = f"{c.rng.randrange(2900, 4100)}"
    if c.lang == "fr":
        subj = f"Bienvenue {baby[0]} !"
        body = (f"Bonjour à tous,\n\n{emp[0]} {emp[1]} nous annonce la naissance de {baby[0]}, né{'e' if baby[1] == 'F' else ''} "
                f"le {c.d(born, 2)} à 4 h 12, {wt} g. Maman et bébé se portent bien !\n\nUne carte circule au "
                f"secrétariat (local R-210) jusqu'à vendredi.\n\n{sender[0]}")
    else:
        subj = f"Welcome {baby[0]}!"
        body = (f"Hi everyone,\n\n{emp[0]} {emp[1]} is happy to announce the birth of {baby[0]} on {c.d(born, 2)} at "
                f"4:12 am, {wt} g. Everyone is doing well!\n\nA card is going around at reception (R-210) until "
                f"Friday.\n\n{sender[0]}")
    m = Mail(c.lang, "social", D.staff_addr(sender), [(c.L("Équipe BRC", "CRO team"), f"brc-equipe@{D.ORG['dom']}")], subj, body)
    return "baby_news", m, "colleague's baby announcement"


def badge_request(c):
    emp = c.rng.choice(D.STAFF)
    sec = ("Sécurité - cartes d'accès", "Security - access cards", f"securite@{D.ORG['dom']}")
    dob = dt.date(c.rng.randrange(1965, 1999), c.rng.randrange(1, 13), c.rng.randrange(1, 28))
    rows = [[c.L("Champ", "Field"), c.L("Valeur", "Value")],
            [c.L("Nom de l'employé(e)", "Employee name"), f"{emp[1].upper()}, {emp[0]}"],
            [c.L("Date de naissance", "Date of birth"), dob.isoformat()],
            [c.L("Matricule", "Employee no."), str(c.rng.randrange(100000, 999999))],
            [c.L("Zones", "Zones"), "R-1, R-2, PH-RECH"]]
    att = A.pdf(c.L("demande_carte_acces.pdf", "access_card_request.pdf"), c.L("Demande de carte d'accès", "Access card request"),
                [c.L("Formulaire SEC-12 - employé(e)", "Form SEC-12 - employee")], table=rows)
    body = c.L(f"Bonjour,\n\nDemande de carte d'accès pour une nouvelle employée/un nouvel employé du BRC ci-jointe "
               f"(pharmacie de recherche incluse).\n\n{D.signature(D.STAFF[4], 'fr', c.rng)}",
               f"Hello,\n\nAttached is an access card request for a new CRO employee (research pharmacy included).\n\n"
               f"{D.signature(D.STAFF[4], 'en', c.rng)}")
    subj = c.L("Carte d'accès - nouvel employé BRC", "Access card - new CRO employee")
    m = Mail(c.lang, "facilities", D.staff_addr(D.STAFF[4]), [(c.L(sec[0], sec[1]), sec[2])], subj, body, attachments=[att])
    return "badge_request", m, "staff access card form with employee birth date"


def conference_programme(c):
    rows = []
    for d in c.rng.sample(D.DOCTORS, 5):
        topic = c.pick([c.L("Nouveautés dans le traitement de l'insuffisance cardiaque", "What's new in heart failure therapy"),
                        c.L("Immunothérapie du cancer du poumon : toxicités", "Lung cancer immunotherapy: toxicities"),
                        c.L("Anti-amyloïdes et ARIA : ce que le clinicien doit savoir", "Anti-amyloid drugs and ARIA for clinicians"),
                        c.L("Agonistes GLP-1 et diabète de type 2", "GLP-1 agonists in type 2 diabetes"),
                        c.L("Recrutement en pédiatrie : enjeux éthiques", "Paediatric recruitment: ethical issues")])
        rows.append(f"{c.pick(['8 h 30', '9 h 15', '10 h 30', '13 h 00', '14 h 15'])} | Dr {d[0]} {d[1]} ({d[3] if c.lang == 'fr' else d[4]}) | {topic}")
    text = c.L("Heure | Conférencier | Sujet\n", "Time | Speaker | Topic\n") + "\n".join(sorted(rows))
    day = c.future(15, 60)
    body = c.L(f"Journée scientifique annuelle du Centre de recherche du CHUSV\n{c.d(day, 2)}, amphithéâtre Jeanne-Mance\n\n"
               f"{text}\n\nConférence d'honneur : Mme Odette Brassard, patiente partenaire, « Vivre un essai clinique ».\n"
               f"Inscription gratuite, 6 h d'agrément (section 1).",
               f"CHUSV Research Centre annual scientific day\n{c.d(day, 2)}, Jeanne-Mance auditorium\n\n{text}\n\n"
               f"Keynote: Ms. Odette Brassard, patient partner, \"Living a clinical trial\".\nFree registration, 6 accredited hours (section 1).")
    subj = c.L("Programme - Journée scientifique du Centre de recherche", "Programme - Research Centre scientific day")
    att = [A.pdf(c.L("programme_journee_scientifique.pdf", "scientific_day_programme.pdf"), c.L("Programme", "Programme"),
                 body.replace(" | ", " - ").split("\n"))] if c.rng.random() < 0.4 else []
    m = Mail(c.lang, "conference", (c.L("Centre de recherche CHUSV", "CHUSV Research Centre"), f"cr-evenements@{D.ORG['dom']}"),
             [(c.L("Tout le personnel", "All staff"), f"tous@{D.ORG['dom']}")], subj, body, attachments=att)
    return "conference_programme", m, "scientific day programme with speakers and topics"


def newsletter(c):
    d1, d2 = c.rng.sample(D.DOCTORS, 2)
    s1 = c.rng.choice(D.STAFF)
    n = c.rng.randrange(180, 420)
    if c.lang == "fr":
        title = "L'Info-Recherche du CHUSV"
        items = [("Prix d'excellence", f"Félicitations à Dr {d1[0]} {d1[1]} ({d1[3]}), lauréat(e) du prix Jacques-Genest pour ses travaux sur le traitement de l'insuffisance cardiaque et du diabète."),
                 ("Départ à la retraite", f"Mme {s1[0]} {s1[1]} prend sa retraite après 22 ans au BRC. Elle a coordonné plus de 40 études en oncologie !"),
                 ("En chiffres", f"{n} participants recrutés en {c.date.year - 1}, 37 études actives, 12 nouvelles approbations du CÉR."),
                 ("Midi-conférence", f"Dr {d2[0]} {d2[1]} présentera « Maladie rénale chronique : nouveaux essais » le {c.d(c.future(5, 20), 2)}.")]
    else:
        title = "CHUSV Research News"
        items = [("Excellence award", f"Congratulations to Dr {d1[0]} {d1[1]} ({d1[4]}), winner of the Jacques-Genest award for work on heart failure and diabetes treatment."),
                 ("Retirement", f"Ms. {s1[0]} {s1[1]} retires after 22 years at the CRO, having coordinated over 40 oncology studies!"),
                 ("By the numbers", f"{n} participants enrolled in {c.date.year - 1}, 37 active studies, 12 new REB approvals."),
                 ("Lunch talk", f"Dr {d2[0]} {d2[1]} will present \"Chronic kidney disease: new trials\" on {c.d(c.future(5, 20), 2)}.")]
    html_items = "\n".join(f"<h2 style=\"color:#00557f\">{h}</h2>\n<p>{p}</p>" for h, p in items)
    html_body = (f"<!DOCTYPE html>\n<html><head><meta charset=\"{{CS}}\"><title>{title}</title></head>\n<body>\n"
                 f"<table width=\"600\" align=\"center\"><tr><td>\n<h1>{title}</h1>\n{html_items}\n"
                 f"<hr><p style=\"font-size:9pt\">{D.ORG['name_fr']} - {D.ORG['street']}, {D.ORG['city']} - {D.ORG['phone']}<br>"
                 f"{c.L('Se désabonner', 'Unsubscribe')}</p>\n</td></tr></table>\n</body></html>\n")
    text = title + "\n\n" + "\n\n".join(f"{h}\n{p}" for h, p in items)
    subj = c.L(f"{title} - {D.FR_MONTHS[c.date.month - 1]} {c.date.year}", f"{title} - {D.EN_MONTHS[c.date.month - 1]} {c.date.year}")
    m = Mail(c.lang, "newsletter", (c.L("Centre de recherche CHUSV", "CHUSV Research Centre"), f"info-recherche@{D.ORG['dom']}"),
             [(c.L("Abonnés", "Subscribers"), f"info-recherche-liste@{D.ORG['dom']}")], subj, text, html_body=html_body,
             prefer={"body": c.pick(["html", "alt"])})
    return "newsletter", m, "research centre newsletter"


def blank_consent_template(c):
    reg = D.STAFF[12]
    t = c.trial()
    paras = [c.L(f"Titre du projet : {t['code']} - {t['dx_fr']}", f"Project title: {t['code']} - {t['dx_en']}"),
             c.L("Nom du participant : [NOM DU PARTICIPANT]", "Participant name: [PARTICIPANT NAME]"),
             c.L("Date de naissance : ____/____/______    NAM : ____________", "Date of birth: ____/____/______    RAMQ: ____________"),
             c.L("No de dossier : ________", "Chart no.: ________"),
             c.L("J'ai lu le présent formulaire et j'accepte de participer.", "I have read this form and agree to take part."),
             c.L("Signature du participant : __________________  Date : ________", "Participant signature: __________________  Date: ________")]
    att = A.docx(c.L(f"FIC_{t['proto']}_v4.0_GABARIT.docx", f"ICF_{t['proto']}_v4.0_TEMPLATE.docx"),
                 c.L("Formulaire d'information et de consentement", "Information and consent form"), paras)
    body = c.L(f"Bonjour,\n\nGabarit vierge de la FIC v4.0 de {t['code']} pour impression. Ne pas pré-remplir les champs.\n\n{D.signature(reg, 'fr', c.rng)}",
               f"Hello,\n\nBlank ICF v4.0 template for {t['code']} for printing. Please don't pre-fill the fields.\n\n{D.signature(reg, 'en', c.rng)}")
    subj = c.L(f"Gabarit FIC v4.0 {t['code']}", f"ICF v4.0 template {t['code']}")
    m = Mail(c.lang, "template", D.staff_addr(reg), [(c.L("Coordonnateurs", "Coordinators"), f"coord-recherche@{D.ORG['dom']}")],
             subj, body, attachments=[att])
    return "blank_consent", m, "blank consent form template"


def mailmerge_template(c):
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2]])
    t = c.trial()
    tmpl = c.L(f"«Titre» «Prénom» «Nom»\n«Adresse»\n«Ville» «Code_postal»\n\nObjet : rappel de votre visite «No_visite» - étude {t['code']}\n\n"
               f"«Titre» «Nom»,\n\nNous vous rappelons votre rendez-vous du «Date_visite» à «Heure», local R-120. "
               f"Présentez-vous à jeun. Pour annuler : 418 555-0150.\n\nL'équipe de recherche",
               f"«Title» «First_name» «Last_name»\n«Address»\n«City» «Postal_code»\n\nRe: reminder of your «Visit_no» visit - {t['code']} study\n\n"
               f"Dear «Title» «Last_name»,\n\nThis is a reminder of your appointment on «Visit_date» at «Time», room R-120. "
               f"Please come fasting. To cancel: 418 555-0150.\n\nThe research team")
    body = c.L(f"Salut,\n\nVoici le gabarit de publipostage pour les rappels de visite ; les champs viennent du fichier "
               f"de rendez-vous. Peux-tu le valider avant que je le soumette au CÉR ?\n\n---\n{tmpl}\n---\n\n{coord[0]}",
               f"Hi,\n\nHere is the mail-merge template for visit reminders; fields come from the appointment file. "
               f"Can you review it before I submit it to the REB?\n\n---\n{tmpl}\n---\n\n{coord[0]}")
    subj = c.L("Gabarit lettre de rappel - publipostage", "Reminder letter mail-merge template")
    m = Mail(c.lang, "template", D.staff_addr(coord), [D.staff_addr(D.STAFF[12])], subj, body)
    return "mailmerge_template", m, "mail-merge reminder template with placeholders"


def teaching_case(c):
    d = c.rng.choice(D.DOCTORS[:6])
    age = c.rng.randrange(48, 82)
    k = c.rng.randrange(3)
    if k == 0:
        case = c.L(f"Femme de {age} ans, IC-FEr (FEVG 25 %), sous sacubitril/valsartan, bisoprolol et spironolactone, "
                   f"randomisée dans un essai de phase III. À S8 : K+ 5,9 mmol/L, créatinine 168 µmol/L, TA 92/58.\n\n"
                   f"Questions : 1) Cesser le produit à l'étude ? 2) Quels ajustements ? 3) Déclarer comme EIG ?",
                   f"{age}-year-old woman with HFrEF (LVEF 25%) on sacubitril/valsartan, bisoprolol and spironolactone, "
                   f"randomized in a phase III trial. At week 8: K+ 5.9 mmol/L, creatinine 168 µmol/L, BP 92/58.\n\n"
                   f"Questions: 1) Stop study drug? 2) What adjustments? 3) Report as SAE?")
    elif k == 1:
        case = c.L(f"Homme de {age} ans, CPNPC métastatique, 3e cycle d'immunothérapie à l'étude. Toux sèche et "
                   f"dyspnée, SpO2 89 %, TDM : verre dépoli bilatéral.\n\nQuestions : 1) Grade de la pneumonite ? "
                   f"2) Corticothérapie ? 3) Reprise possible du traitement ?",
                   f"{age}-year-old man with metastatic NSCLC, cycle 3 of investigational immunotherapy. Dry cough and "
                   f"dyspnoea, SpO2 89%, CT: bilateral ground-glass.\n\nQuestions: 1) Pneumonitis grade? 2) Steroids? "
                   f"3) Can treatment resume?")
    else:
        case = c.L(f"Femme de {age} ans, DT2 depuis 12 ans, HbA1c 9,4 %, sous metformine et sémaglutide dans un essai "
                   f"pragmatique. Douleur épigastrique, lipase 620 U/L.\n\nQuestions : 1) Pancréatite liée au "
                   f"traitement ? 2) Conduite ? 3) Déclaration ?",
                   f"{age}-year-old woman, T2D for 12 years, HbA1c 9.4%, on metformin and semaglutide in a pragmatic "
                   f"trial. Epigastric pain, lipase 620 U/L.\n\nQuestions: 1) Drug-related pancreatitis? 2) Management? "
                   f"3) Reporting?")
    if c.lang == "fr":
        subj = "Club de lecture - cas clinique anonymisé"
        body = (f"Bonjour les résidents,\n\nCas pour jeudi (anonymisé, détails modifiés) :\n\n{case}\n\n"
                f"Lecture : protocole de l'étude publié.\n\nDr {d[0]} {d[1]}")
    else:
        subj = "Journal club - de-identified case"
        body = (f"Hi residents,\n\nCase for Thursday (de-identified, details altered):\n\n{case}\n\n"
                f"Reading: the published trial protocol.\n\nDr {d[0]} {d[1]}")
    m = Mail(c.lang, "teaching", D.doc_addr(d), [(c.L("Résidents médecine interne", "Internal medicine residents"), f"residents-mi@{D.ORG['dom']}")], subj, body)
    return "teaching_case", m, "de-identified teaching case"


def it_notice(c):
    it = D.STAFF[11]
    day = c.future(2, 12)
    k = c.rng.randrange(3)
    if k == 0:
        subj = c.L(f"Maintenance REDCap - {c.d(day, 2)}", f"REDCap maintenance - {c.d(day, 2)}")
        body = c.L(f"Bonjour,\n\nREDCap sera indisponible le {c.d(day, 2)} de 18 h à 22 h (mise à jour vers la version 14.5). "
                   f"Les sondages en ligne seront suspendus. Sauvegardez vos saisies.\n\n{D.signature(it, 'fr', c.rng)}",
                   f"Hello,\n\nREDCap will be unavailable on {c.d(day, 2)} from 6 to 10 pm (upgrade to 14.5). Online surveys "
                   f"will be paused. Please save your work.\n\n{D.signature(it, 'en', c.rng)}")
    elif k == 1:
        subj = c.L("Hameçonnage - courriel « Facture impayée »", "Phishing - \"Unpaid invoice\" e-mail")
        body = c.L(f"Bonjour,\n\nUn courriel frauduleux circule avec l'objet « Facture impayée » et une pièce jointe .html. "
                   f"Ne l'ouvrez pas et signalez-le avec le bouton « Signaler ». Aucun employé du CHUSV ne vous demandera "
                   f"votre mot de passe.\n\n{D.signature(it, 'fr', c.rng)}",
                   f"Hello,\n\nA fraudulent e-mail titled \"Unpaid invoice\" with an .html attachment is circulating. Do not "
                   f"open it; use the \"Report\" button. No CHUSV employee will ever ask for your password.\n\n{D.signature(it, 'en', c.rng)}")
    else:
        serial = luhn_serial(c.rng, 9)
        subj = c.L(f"Billet {c.rng.randrange(100000, 999999)} - remplacement portable", f"Ticket {c.rng.randrange(100000, 999999)} - laptop replacement")
        body = c.L(f"Bonjour,\n\nVotre nouveau portable (Dell Latitude, no de série {spaced(serial)}, étiquette d'actif "
                   f"CHUSV-{c.rng.randrange(10000, 99999)}) est prêt au comptoir TI, local B-012. Apportez l'ancien appareil.\n\n{D.signature(it, 'fr', c.rng)}",
                   f"Hello,\n\nYour new laptop (Dell Latitude, serial {spaced(serial)}, asset tag CHUSV-{c.rng.randrange(10000, 99999)}) "
                   f"is ready at the IT counter, room B-012. Please bring the old device.\n\n{D.signature(it, 'en', c.rng)}")
    m = Mail(c.lang, "it", D.staff_addr(it), [(c.L("Utilisateurs BRC", "CRO users"), f"brc-equipe@{D.ORG['dom']}")], subj, body)
    return "it_notice", m, "IT notice"


def facilities(c):
    k = c.rng.randrange(4)
    fac = ("Services techniques", "Facilities", f"services.techniques@{D.ORG['dom']}")
    asset = luhn_serial(c.rng, 10)
    if k == 0:
        subj = c.L("Alarme congélateur -80 °C - local R-118", "-80 °C freezer alarm - room R-118")
        body = c.L(f"Bonjour,\n\nLe congélateur Thermo TSX (actif {asset}) du local R-118 a déclenché une alarme à 2 h 40 "
                   f"(-61 °C). Les échantillons ont été transférés dans le congélateur de secours. Technicien attendu "
                   f"demain matin.\n\nServices techniques, poste 2000",
                   f"Hello,\n\nThe Thermo TSX freezer (asset {asset}) in room R-118 alarmed at 2:40 am (-61 °C). Samples were "
                   f"moved to the backup freezer. Technician expected tomorrow morning.\n\nFacilities, ext. 2000")
    elif k == 2:
        day = c.future(3, 15)
        subj = c.L(f"Fermeture de l'ascenseur no 3 - {c.d(day, 2)}", f"Elevator 3 closed - {c.d(day, 2)}")
        body = c.L(f"Bonjour,\n\nL'ascenseur no 3 du pavillon de recherche sera hors service du {c.d(day, 2)} pour 5 jours "
                   f"(modernisation). Les participants en fauteuil roulant doivent être dirigés vers l'ascenseur no 1, "
                   f"entrée principale.\n\nServices techniques",
                   f"Hello,\n\nElevator 3 in the research pavilion will be out of service from {c.d(day, 2)} for 5 days "
                   f"(modernisation). Please direct participants using wheelchairs to elevator 1, main entrance.\n\nFacilities")
    elif k == 3:
        day = c.future(3, 15)
        subj = c.L(f"Coupure d'eau - pavillon R - {c.d(day, 2)}", f"Water shut-off - pavilion R - {c.d(day, 2)}")
        body = c.L(f"Bonjour,\n\nCoupure d'eau le {c.d(day, 2)} de 22 h à 4 h (remplacement de vanne). Les laveurs de "
                   f"verrerie et la machine à glace du labo R-118 seront arrêtés.\n\nServices techniques",
                   f"Hello,\n\nWater shut-off on {c.d(day, 2)} from 10 pm to 4 am (valve replacement). Glassware washers and "
                   f"the ice machine in lab R-118 will be off.\n\nFacilities")
    else:
        day = c.future(3, 15)
        subj = c.L(f"Interruption électrique - pavillon de recherche - {c.d(day, 2)}", f"Power shutdown - research pavilion - {c.d(day, 2)}")
        body = c.L(f"Bonjour,\n\nUne interruption de courant est prévue le {c.d(day, 2)} de 6 h à 8 h (entretien du "
                   f"transformateur). Seules les prises rouges resteront alimentées. Vérifiez vos congélateurs et "
                   f"réfrigérateurs de médicaments.\n\nServices techniques",
                   f"Hello,\n\nA power shutdown is planned on {c.d(day, 2)} from 6 to 8 am (transformer maintenance). Only "
                   f"red outlets will stay powered. Please check your freezers and drug fridges.\n\nFacilities")
    m = Mail(c.lang, "facilities", (c.L(fac[0], fac[1]), fac[2]), [(c.L("Pavillon de recherche", "Research pavilion"), f"pavillon-r@{D.ORG['dom']}")], subj, body)
    return "facilities", m, "facilities notice"


def drug_shortage(c):
    pharm = D.STAFF[3]
    drug = c.pick([("furosémide injectable 10 mg/mL", "furosemide injection 10 mg/mL"),
                   ("salbutamol 100 mcg aérosol", "salbutamol 100 mcg inhaler"),
                   ("carboplatine 10 mg/mL", "carboplatin 10 mg/mL"), ("sémaglutide 1 mg", "semaglutide 1 mg")])
    body = c.L(f"Bonjour,\n\nAvis de pénurie : {drug[0]}, rupture prévue jusqu'au {c.d(c.future(20, 60), 2)}. Les études "
               f"qui l'utilisent comme médicament de secours ou concomitant doivent vérifier l'alternative permise au "
               f"protocole. Aucun impact sur les produits de recherche fournis par les promoteurs.\n\n{D.signature(pharm, 'fr', c.rng)}",
               f"Hello,\n\nShortage notice: {drug[1]}, expected out of stock until {c.d(c.future(20, 60), 2)}. Studies using it as "
               f"rescue or concomitant medication should check the protocol-permitted alternative. No impact on "
               f"sponsor-supplied investigational products.\n\n{D.signature(pharm, 'en', c.rng)}")
    subj = c.L(f"Pénurie - {drug[0]}", f"Shortage - {drug[1]}")
    m = Mail(c.lang, "pharmacy", D.staff_addr(pharm), [(c.L("Coordonnateurs", "Coordinators"), f"coord-recherche@{D.ORG['dom']}")], subj, body)
    return "drug_shortage", m, "drug shortage notice"


def recall_notice(c):
    bio = ("Génie biomédical", "Biomedical engineering", f"gbm@{D.ORG['dom']}")
    serials = [luhn_serial(c.rng, 9) for _ in range(c.rng.randrange(2, 5))]
    lot = f"{c.rng.randrange(10, 99)}{c.pick('KMNP')}{c.rng.randrange(10000, 99999)}"
    text = "\n".join(f"- S/N {s}" for s in serials)
    body = c.L(f"Bonjour,\n\nAvis de rappel du fabricant (Santé Canada, classe II) : pompes volumétriques VoluMed 4, "
               f"lot {lot}. Appareils visés au pavillon de recherche :\n{text}\n\nRetirez-les du service et appelez le "
               f"poste 2040 ; des pompes de remplacement sont disponibles.\n\nGénie biomédical",
               f"Hello,\n\nManufacturer recall (Health Canada, class II): VoluMed 4 volumetric pumps, lot {lot}. Affected "
               f"devices in the research pavilion:\n{text}\n\nTake them out of service and call ext. 2040; loaners are "
               f"available.\n\nBiomedical engineering")
    subj = c.L(f"Rappel - pompes VoluMed 4 lot {lot}", f"Recall - VoluMed 4 pumps lot {lot}")
    m = Mail(c.lang, "recall", (c.L(bio[0], bio[1]), bio[2]), [(c.L("Unité de recherche", "Research unit"), f"urc@{D.ORG['dom']}")], subj, body)
    return "device_recall", m, "device recall with serial numbers"


def purchase_order(c):
    fin = D.STAFF[10]
    po = f"BC-{c.date.year}-{c.rng.randrange(10000, 99999)}"
    item = c.pick([("Centrifugeuse réfrigérée Eppendorf 5910 Ri", "Eppendorf 5910 Ri refrigerated centrifuge", 18450),
                   ("Congélateur -80 °C Thermo TSX600", "Thermo TSX600 -80 °C freezer", 14990),
                   ("Électrocardiographe MAC 2000", "MAC 2000 electrocardiograph", 7830)])
    vendor = c.pick([("Fisher Scientifique Canada", "fisher-ca.example"), ("Médi-Équipements inc.", "mediequip.example")])
    rows = [[c.L("Article", "Item"), c.L("Qté", "Qty"), c.L("Prix", "Price")], [item[0] if c.lang == "fr" else item[1], "1", f"{item[2]:.2f}"],
            [c.L("Livraison", "Delivery"), "1", "250.00"]]
    att = A.xlsx(f"{po}.xlsx", [(c.L("Bon de commande", "Purchase order"), [["PO", po], [c.L("Fournisseur", "Vendor"), vendor[0]],
                                                                            [c.L("Centre de coût", "Cost centre"), "7-4410-218"],
                                                                            [c.L("No d'actif attribué", "Asset no. assigned"), luhn_serial(c.rng, 10)]] + rows)])
    body = c.L(f"Bonjour,\n\nCi-joint le bon de commande {po}, imputé au fonds de l'étude. Livraison au quai B, à "
               f"l'attention du BRC.\n\n{D.signature(fin, 'fr', c.rng)}",
               f"Hello,\n\nAttached is purchase order {po}, charged to the study fund. Deliver to dock B, attention CRO.\n\n"
               f"{D.signature(fin, 'en', c.rng)}")
    subj = c.L(f"Bon de commande {po}", f"Purchase order {po}")
    m = Mail(c.lang, "purchasing", D.staff_addr(fin), [(vendor[0], f"commandes@{vendor[1]}")], subj, body, attachments=[att])
    return "purchase_order", m, "equipment purchase order"


def staff_expense(c):
    emp = c.rng.choice(D.STAFF)
    fin = D.STAFF[10]
    city = c.pick(["Montréal", "Toronto", "Boston"])
    amt = c.rng.randrange(180, 1400)
    body = c.L(f"Bonjour {fin[0]},\n\nVoici ma réclamation de frais pour le congrès de la SOCRA à {city} : {amt},40 $ "
               f"(inscription, hôtel 2 nuits, repas). Remboursement par dépôt direct SVP ; reçus numérisés dans le "
               f"dossier partagé. Mon adresse à jour pour le T4 : 55, rue des Tilleuls, Québec G1R 0A0.\n\n{emp[0]} {emp[1]}",
               f"Hi {fin[0]},\n\nHere's my expense claim for the SOCRA conference in {city}: ${amt}.40 (registration, hotel "
               f"2 nights, meals). Direct deposit please; scanned receipts in the shared folder. My updated address for "
               f"the T4: 55 rue des Tilleuls, Québec G1R 0A0.\n\n{emp[0]} {emp[1]}")
    subj = c.L("Réclamation de frais - congrès", "Expense claim - conference")
    m = Mail(c.lang, "finance", D.staff_addr(emp), [D.staff_addr(fin)], subj, body)
    return "staff_expense", m, "staff expense claim"


def sponsor_contact_vcard(c):
    ext = c.rng.choice(D.EXTERNAL)
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2]])
    other = c.rng.choice([D.STAFF[0], D.STAFF[12]])
    att = A.vcard(f"{ext[0]}_{ext[1]}.vcf", ext[0], ext[1], org=ext[3], title=ext[5],
                  tel=f"514 555-01{c.rng.randrange(10, 99)}", tel_type="WORK", email=D.ext_addr(ext)[1])
    body = c.L(f"{other[0]},\n\nNouvelle personne-ressource chez {ext[3]} pour nos études : carte jointe.\n\n{coord[0]}",
               f"{other[0]},\n\nNew contact at {ext[3]} for our studies: card attached.\n\n{coord[0]}")
    subj = c.L(f"Contact {ext[3]}", f"{ext[3]} contact")
    m = Mail(c.lang, "contact", D.staff_addr(coord), [D.staff_addr(other)], subj, body, attachments=[att])
    return "sponsor_contact", m, "sponsor contact card"


def committee_minutes(c):
    jf = D.STAFF[9]
    present = c.rng.sample(D.DOCTORS, 4) + c.rng.sample(D.STAFF, 3)
    names = ", ".join((f"Dr {p[1]}" if len(p) == 5 else f"{p[0]} {p[1]}") for p in present)
    paras = [c.L(f"Présents : {names}", f"Present: {names}"),
             c.L(f"1. Bilan du recrutement : {c.rng.randrange(120, 320)} participants depuis janvier, en hausse de {c.rng.randrange(3, 20)} %.",
                 f"1. Enrolment: {c.rng.randrange(120, 320)} participants since January, up {c.rng.randrange(3, 20)}%."),
             c.pick([c.L("2. Dr Kapoor présente le portefeuille d'oncologie thoracique (cancer du poumon, mésothéliome).",
                         "2. Dr Kapoor presents the thoracic oncology portfolio (lung cancer, mesothelioma)."),
                     c.L("2. Dre Marchand présente les essais en insuffisance cardiaque et en amylose cardiaque.",
                         "2. Dr Marchand presents the heart failure and cardiac amyloidosis trials."),
                     c.L("2. Dr Beaulieu fait le point sur les études en néphrologie (IRC, dialyse).",
                         "2. Dr Beaulieu updates the nephrology studies (CKD, dialysis).")]),
             c.L("3. Audit de la FDA possible en 2025 pour NVR-218-301 : préparation en cours.",
                 "3. Possible FDA inspection in 2025 for NVR-218-301: preparation under way."),
             c.L("4. Varia : nouveau local de pharmacie de recherche prêt en juin.",
                 "4. Other: new research pharmacy space ready in June.")]
    att = A.docx(c.L("PV_comite_recherche.docx", "research_committee_minutes.docx"), c.L("Procès-verbal - comité de la recherche clinique", "Minutes - clinical research committee"), paras)
    body = c.L(f"Bonjour,\n\nProcès-verbal de la dernière réunion ci-joint pour approbation.\n\n{jf[0]} {jf[1]}\nDirecteur du BRC",
               f"Hello,\n\nMinutes of the last meeting attached for approval.\n\n{jf[0]} {jf[1]}\nDirector, Clinical Research Office")
    subj = c.L("PV - comité de la recherche clinique", "Minutes - clinical research committee")
    m = Mail(c.lang, "committee", D.staff_addr(jf), [(c.L("Comité recherche", "Research committee"), f"comite-rc@{D.ORG['dom']}")], subj, body, attachments=[att])
    return "committee_minutes", m, "committee minutes"


def participant_thanks(c):
    n = c.rng.randrange(28, 45)
    topic = c.pick([
        ("l'étude sur l'asthme chez l'enfant, publiés en mars : moins de crises chez les enfants ayant reçu le nouveau traitement",
         "the childhood asthma study, published in March: fewer attacks in children who received the new treatment"),
        ("l'étude sur l'insuffisance cardiaque : le nouveau médicament a réduit les hospitalisations de 18 %",
         "the heart failure study: the new drug reduced hospital admissions by 18%"),
        ("l'étude sur le diabète de type 2 : les deux traitements comparés ont été aussi efficaces l'un que l'autre",
         "the type 2 diabetes study: both treatments compared were equally effective")])
    body = c.L(f"Chères participantes, chers participants,\n\nMerci ! Grâce à vous, {n} études cliniques ont pu avancer "
               f"cette année au CHUSV. Vous trouverez dans ce bulletin les résultats de {topic[0]}.\n\n"
               "Votre dossier reste confidentiel ; ce bulletin est envoyé à toutes les personnes ayant accepté d'être "
               "informées.\n\nL'équipe du Bureau de la recherche clinique",
               f"Dear participants,\n\nThank you! Thanks to you, {n} clinical studies moved forward this year at CHUSV. This "
               f"bulletin shares the results of {topic[1]}.\n\nYour records stay confidential; this bulletin goes to "
               "everyone who agreed to be kept informed.\n\nThe Clinical Research Office team")
    subj = c.L(c.pick(["Merci de faire avancer la recherche !", "Bulletin des participants", "Des nouvelles de vos études"]),
               c.pick(["Thank you for advancing research!", "Participant bulletin", "News from your studies"]))
    m = Mail(c.lang, "newsletter", (c.L("Recherche CHUSV", "CHUSV Research"), f"recherche@{D.ORG['dom']}"),
             [(c.L("Participants (liste de diffusion)", "Participants (mailing list)"), f"participants-info@{D.ORG['dom']}")],
             subj, body, prefer={"body": c.pick(["html", "alt", "plain"])})
    return "participant_bulletin", m, "bulletin to participants without identities"


TEMPLATES = [gcp_training, delegation_log, job_posting, staff_schedule, payroll, occupational_health, staff_sick_leave,
             baby_announcement, badge_request, conference_programme, newsletter, blank_consent_template,
             mailmerge_template, teaching_case, it_notice, facilities, drug_shortage, recall_notice, purchase_order,
             staff_expense, sponsor_contact_vcard, committee_minutes, participant_thanks]
