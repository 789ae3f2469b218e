"""Negatives, part A (both languages): ethics board notices and approvals, amendments, aggregate
enrolment, coded safety reports, staff schedules, occupational health, baby news, payroll, job postings."""
import datetime as _dt

import gen_clin as K
import gen_common as C
from gen_build import box, colleague, docx, ics, pdf, who, xlsx


def _reb_no(c):
    return "%d-%04d" % (c.ch(2022, 2023, 2024), c.rng.randrange(1000, 1999))


def reb_agenda(c):
    reb = c.staff(6)
    d = c.later(c.rng.randrange(5, 15))
    rows = []
    for i in range(c.rng.randrange(4, 7)):
        st = c.study()
        doc = c.pi(st)
        kind = c.t(c.ch("Modification no %d" % c.rng.randrange(2, 8), "Renouvellement annuel",
                        "Nouveau projet", "Rapport de déviation majeure", "Brochure de l'investigateur v%d" % c.rng.randrange(5, 12)),
                   c.ch("Amendment #%d" % c.rng.randrange(2, 8), "Annual renewal", "New submission",
                        "Major deviation report", "Investigator's brochure v%d" % c.rng.randrange(5, 12)))
        rows.append(["%d" % (i + 1), _reb_no(c), c.t(doc["dr_fr"], doc["dr_en"]),
                     "%s – %s" % (st["code"], st["title"]), kind])
    members = [C.doctor(i) for i in (6, 8)] + [colleague(c), colleague(c)]
    blocks = [c.t("Mesdames, Messieurs les membres du CÉR,", "Dear REB members,"),
              c.t("La prochaine réunion plénière aura lieu le %s à 13 h, salle du conseil (B-210) et sur Teams. "
                  "Ordre du jour :" % c.d(d, 0),
                  "The next full-board meeting is on %s at 1:00 pm, boardroom B-210 and on Teams. Agenda:" % c.d(d, 0)),
              ("table", ["#", c.t("No CÉR", "REB #"), c.t("Chercheur", "Investigator"), c.t("Projet", "Study"),
                         c.t("Objet", "Item")], rows, c.ch(0, 1)),
              c.t("Rapporteurs : %s (membre scientifique), %s (membre de la collectivité). Les documents sont dans "
                  "Nagano." % (members[0]["dr_fr"], "Mme " + members[2]["name"]),
                  "Reviewers: %s (scientific member), Ms. %s (community member). Documents are in the portal."
                  % (members[0]["dr_en"], members[2]["name"])),
              c.t("Merci de confirmer votre présence pour le quorum.", "Please confirm attendance for quorum."),
              c.sig(reb)]
    atts = []
    if c.v % 2 == 0:
        start = _dt.datetime(d.year, d.month, d.day, 13, 0)
        atts.append(ics("reunion_cer.ics" if c.fr else "reb_meeting.ics",
                        uid="%x@%s" % (c.rng.getrandbits(64), C.DOM), start=start,
                        end=start + _dt.timedelta(hours=3), summary=c.t("Réunion plénière du CÉR", "REB full board"),
                        description=c.t("Ordre du jour joint au courriel.", "Agenda in e-mail."),
                        location="B-210 / Teams", organizer=(reb["name"], reb["addr"]),
                        attendees=[(m["name"], m["addr"]) for m in members], stamp=c.date.replace(tzinfo=None)))
    return dict(cat=c.t("cer_convocation", "reb_agenda"), types=[], note=c.t("ethics board meeting notice", "REB meeting agenda"),
                frm=who(c, reb), to=[box(c.t("Membres du CÉR", "REB members"), "cer.membres")],
                subject=c.t("Convocation – réunion du CÉR du %s" % c.d(d, 1), "REB full board meeting - %s" % c.d(d, 0)),
                blocks=blocks, atts=atts)


def reb_approval(c):
    st = c.study()
    pi = c.pi(st)
    reb = c.staff(6)
    chair = C.doctor(8)
    no = _reb_no(c)
    n = c.rng.randrange(60, 400)
    items = [C.ORG_FR if c.fr else C.ORG_EN, c.t(C.CER_FR, C.CER_EN), c.d(c.date.date(), 0),
             c.t("%s\nChercheur%s principal%s" % (pi["dr_fr"], "e" if pi["sex"] == "F" else "", "e" if pi["sex"] == "F" else ""),
                 "%s\nPrincipal investigator" % pi["dr_en"]),
             c.t("Objet : Approbation de la modification no %d – projet %s (%s)" % (c.rng.randrange(2, 9), no, st["code"]),
                 "Re: Approval of amendment #%d - study %s (%s)" % (c.rng.randrange(2, 9), no, st["code"])),
             c.t("Le CÉR a examiné en comité restreint la modification au protocole (version %d.0) visant à élargir "
                 "les critères d'inclusion aux personnes atteintes de %s avec un DFGe de 25 mL/min ou plus. Le "
                 "nombre de participants prévu au site passe à %d. La modification est approuvée." % (
                     c.rng.randrange(3, 8), st["title"], n),
                 "The REB reviewed by delegated review the protocol amendment (version %d.0) broadening inclusion "
                 "to patients with %s and an eGFR of 25 mL/min or more. Planned site enrolment rises to %d. The "
                 "amendment is approved." % (c.rng.randrange(3, 8), st["title"], n)),
             c.t("Le formulaire de consentement version %s doit être utilisé pour tout nouveau participant." %
                 c.d(c.earlier(10), 2),
                 "Consent form version %s must be used for all new participants." % c.d(c.earlier(10), 2)),
             "%s, %s" % (chair["dr_fr"] if c.fr else chair["dr_en"],
                         c.t("président%s du CÉR" % ("e" if chair["sex"] == "F" else ""), "REB chair"))]
    blocks = [c.t("Bonjour %s," % pi["dr_fr"], "Dear %s," % pi["dr_en"]),
              c.t("Vous trouverez ci-joint la lettre d'approbation.", "Please find the approval letter attached."),
              c.sig(reb)]
    return dict(cat=c.t("approbation_cer", "reb_approval"), types=[], note=c.t("amendment approval letter", "amendment approval letter"),
                frm=who(c, reb), to=[who(c, pi)], cc=[who(c, c.staff(0, 1))],
                subject=c.t("CÉR %s – approbation de modification" % no, "REB %s - amendment approved" % no),
                blocks=blocks, atts=[pdf(c.t("approbation_%s.pdf", "approval_%s.pdf") % no, c.t("Approbation", "Approval"), items)])


def amendment(c):
    st = c.study()
    cra = c.ch(*[c.staff(0), c.staff(1)])
    sp = C.SITES[c.ch("sponsor1", "sponsor2")]
    sender = {"name": "%s Clinical Operations" % sp[0], "addr": "clinops@" + sp[1]}
    items = [("h", c.t("Résumé des changements – protocole %s, amendement %d" % (st["code"], c.rng.randrange(2, 7)),
                       "Summary of changes - protocol %s, amendment %d" % (st["code"], c.rng.randrange(2, 7)))),
             ("table", [c.t("Section", "Section"), c.t("Avant", "Before"), c.t("Après", "After")],
              [["5.1", c.t("DFGe ≥ 30 mL/min", "eGFR ≥ 30 mL/min"), c.t("DFGe ≥ 25 mL/min", "eGFR ≥ 25 mL/min")],
               ["5.2", c.t("K > 5,0 mmol/L exclu", "K > 5.0 mmol/L excluded"), c.t("K > 5,5 mmol/L exclu", "K > 5.5 mmol/L excluded")],
               ["8.3", c.t("ECG à V2, V4", "ECG at V2, V4"), c.t("ECG à V2 seulement", "ECG at V2 only")],
               ["10.1", c.t("Déclaration EIG 24 h", "SAE reporting 24 h"), c.t("inchangé", "unchanged")]]),
             c.t("Justification : le taux d'échec à la sélection (38 %) est surtout lié au critère rénal. "
                 "Aucune donnée individuelle de participant n'est incluse dans ce document.",
                 "Rationale: the screen-failure rate (38%) is mostly driven by the renal criterion. "
                 "No individual participant data are included in this document.")]
    blocks = [c.t("Bonjour,", "Dear investigators and study coordinators,"),
              c.t("Veuillez trouver ci-joint le résumé des modifications de l'amendement. Merci de le soumettre à "
                  "votre CÉR ; la mise en œuvre est permise seulement après approbation.",
                  "Please find attached the summary of changes. Submit to your REB; implementation only after "
                  "approval."),
              c.t("Cordialement,", "Best regards,"), sender["name"]]
    return dict(cat=c.t("amendement_protocole", "protocol_amendment"), types=[], note="protocol amendment summary",
                frm=(sender["name"], sender["addr"]), to=[who(c, cra)],
                subject=c.t("%s – amendement : résumé des changements", "%s - amendment summary of changes") % st["code"],
                blocks=blocks, atts=[docx("%s_summary_of_changes.docx" % st["code"].replace(" ", "_"),
                                          c.t("Résumé des changements", "Summary of changes"), items)])


def enrolment(c):
    head = c.staff(11)
    dm = c.staff(7)
    rows = []
    for i in C.ADULT_STUDIES + [4]:
        st = C.STUDIES[i]
        scr = c.rng.randrange(8, 80)
        rnd = c.rng.randrange(3, scr)
        rows.append([st[0], str(scr), str(rnd), str(scr - rnd), str(c.rng.randrange(0, 6)),
                     "%d %%" % int(100 * rnd / max(1, c.rng.randrange(rnd, rnd + 40)))])
    header = [c.t("Étude", "Study"), c.t("Sélectionnés", "Screened"), c.t("Randomisés", "Randomized"),
              c.t("Échecs", "Screen fails"), c.t("EIG", "SAEs"), c.t("% de la cible", "% of target")]
    blocks = [c.t("Bonjour %s," % head["given"], "Hi %s," % head["given"]),
              c.t("Voici le portrait du recrutement au %s (données agrégées, aucune donnée nominative) :" % c.d(c.date.date(), 0),
                  "Enrolment snapshot as of %s (aggregate counts only):" % c.d(c.date.date(), 0))]
    atts = []
    if c.v % 2 == 0:
        blocks.append(("table", header, rows, c.ch(0, 1)))
    else:
        blocks.append(c.t("Tableau en pièce jointe.", "Table attached."))
        atts.append(xlsx(c.t("recrutement_%s.xlsx", "enrolment_%s.xlsx") % c.date.strftime("%Y%m"),
                         [(c.t("Recrutement", "Enrolment"), header, rows)]))
    blocks += [c.t("CARDIO-HF 301 est en retard ; on en parle à la réunion de lundi.",
                   "CARDIO-HF 301 is behind; let's discuss Monday."), c.sig(dm)]
    return dict(cat=c.t("statistiques_recrutement", "enrolment_stats"), types=[], note="aggregate enrolment statistics",
                frm=who(c, dm), to=[who(c, head)], subject=c.t("Recrutement – portrait mensuel", "Monthly enrolment report"),
                blocks=blocks, atts=atts)


def coded_sae(c):
    st = c.study()
    sp = C.SITES[c.ch("sponsor1", "sponsor2")]
    pi = c.pi(st)
    sid = "%d-%03d" % (c.rng.randrange(201, 260), c.rng.randrange(1, 90))
    band = c.ch("50-59", "60-69", "70-79")
    if c.fr:
        txt = ("Rapport d'innocuité (SUSAR) – %s\nParticipant %s (site hors Canada), homme, tranche d'âge %s ans.\n"
               "Événement : %s, jugé inattendu et possiblement relié au %s. Issue : en rétablissement.\n"
               "Aucune mesure n'est requise au site ; transmettre au CÉR selon vos exigences locales." % (
                   st["code"], sid, band, K.ae(c), st["ip"]))
    else:
        txt = ("Safety report (SUSAR) - %s\nSubject %s (non-Canadian site), male, age band %s.\n"
               "Event: %s, assessed as unexpected and possibly related to %s. Outcome: recovering.\n"
               "No action required at your site; forward to your REB per local requirements." % (
                   st["code"], sid, band, K.ae(c), st["ip"]))
    blocks = [c.t("Chère investigatrice, cher investigateur,", "Dear Investigator,"), txt,
              c.t("Service de pharmacovigilance", "Global Pharmacovigilance"), sp[0]]
    return dict(cat=c.t("rapport_innocuite_code", "coded_safety_report"), types=[],
                note="coded safety report without identity", frm=("%s Pharmacovigilance" % sp[0], "safety@" + sp[1]),
                to=[who(c, pi)], subject="SUSAR %s – %s" % (st["code"], c.ch("initial", "follow-up #1")),
                blocks=blocks, atts=[pdf("SUSAR_%s_%s.pdf" % (st["code"].replace(" ", ""), sid), "SUSAR", txt.split("\n"))]
                if c.v % 2 == 0 else [])


def schedule(c):
    coord = c.staff(11)
    team = [c.staff(i) for i in (0, 1, 2, 3, 12, 13)]
    rows = []
    for p in team:
        a = c.later(c.rng.randrange(10, 80))
        rows.append([p["name"], c.d(a, 1), c.d(C.days_after(_dt.datetime(a.year, a.month, a.day), c.rng.randrange(3, 12)), 1),
                     c.ch(c.t("vacances", "vacation"), c.t("formation", "training"), c.t("congé parental", "parental leave"),
                          c.t("vacances", "vacation"))])
    blocks = [c.t("Bonjour l'équipe,", "Hi team,"),
              c.t("Voici le calendrier des absences prévues pour l'été. Merci de vérifier vos dates et de prévoir "
                  "une remplaçante ou un remplaçant pour les visites de vos études.",
                  "Here are the planned absences for the summer. Please check your dates and arrange cover for "
                  "your study visits."),
              ("table", [c.t("Nom", "Name"), c.t("Du", "From"), c.t("Au", "To"), c.t("Motif", "Reason")], rows, c.ch(0, 1, 2)),
              c.t("Garde de la recherche les fins de semaine : voir le tableau sur l'intranet.",
                  "Weekend research on-call: see the intranet roster."), c.sig(coord)]
    return dict(cat=c.t("horaire_equipe", "staff_schedule"), types=[], note="team absence schedule",
                frm=who(c, coord), to=[who(c, p) for p in team[:4]],
                subject=c.t("Calendrier des vacances – été", "Summer leave calendar"), blocks=blocks)


def occ_health(c):
    emp = c.staff(c.rng.choice([0, 1, 2, 3, 4, 5, 12, 13]))
    sst = box(c.t("Santé et sécurité au travail", "Employee Health Service"), "sante.travail")
    res = c.ch("tb", "flu", "fit", "return")
    if res == "tb":
        txt = c.t("Bonjour %s,\n\nTon test cutané à la tuberculine (TCT) lu le %s est négatif (0 mm). Ton dossier "
                  "d'employé est à jour pour l'accès aux unités." % (emp["given"], c.d(c.earlier(2), 0)),
                  "Hi %s,\n\nYour tuberculin skin test read on %s is negative (0 mm). Your employee file is up to "
                  "date for unit access." % (emp["given"], c.d(c.earlier(2), 0)))
    elif res == "flu":
        txt = c.t("Bonjour %s,\n\nNos registres indiquent que ton vaccin contre l'influenza n'est pas inscrit pour "
                  "la saison. La clinique de vaccination des employés est ouverte le %s de 7 h à 15 h (local A-012)."
                  % (emp["given"], c.d(c.later(3), 4)),
                  "Hi %s,\n\nOur records show no flu shot for this season. The staff vaccination clinic runs on %s, "
                  "7 am to 3 pm (room A-012)." % (emp["given"], c.d(c.later(3), 4)))
    elif res == "fit":
        txt = c.t("Bonjour %s,\n\nTon essai d'ajustement du masque N95 est échu. Modèle validé la dernière fois : "
                  "3M 1870+, taille régulière. Merci de prendre rendez-vous avant le %s." % (emp["given"], c.d(c.later(20), 0)),
                  "Hi %s,\n\nYour N95 fit test has expired. Last validated model: 3M 1870+, regular. Please book "
                  "before %s." % (emp["given"], c.d(c.later(20), 0)))
    else:
        txt = c.t("Bonjour %s,\n\nSuite à ton billet médical, ton retour progressif est confirmé à compter du %s "
                  "(3 jours/semaine pendant 4 semaines). Ton gestionnaire a été avisé des horaires seulement."
                  % (emp["given"], c.d(c.later(7), 0)),
                  "Hi %s,\n\nFollowing your medical note, your graduated return to work starts on %s (3 days a "
                  "week for 4 weeks). Your manager has been told the schedule only." % (emp["given"], c.d(c.later(7), 0)))
    blocks = [txt, c.t("Santé et sécurité au travail\nPoste 4410", "Employee Health Service\nExt. 4410")]
    return dict(cat=c.t("sante_travail", "employee_health"), types=[], note="employee occupational health notice",
                frm=sst, to=[who(c, emp)], subject=c.t("Votre dossier santé au travail", "Your employee health file"),
                blocks=blocks)


def baby(c):
    mom = c.staff(c.ch(0, 2, 5, 8, 12, 13))
    baby_name = c.ch("Rose", "Léa", "Florence", "Arthur", "Olivia", "Noah", "Éloïse", "Thomas")
    born = c.earlier(c.rng.randrange(1, 4))
    head = c.staff(11)
    blocks = [c.t("Bonjour à tous,", "Hi everyone,"),
              c.t("Belle nouvelle : %s a donné naissance à %s le %s à %d h %02d, %s kg. La maman et le bébé vont "
                  "très bien !" % (mom["given"], baby_name, c.d(born, 0), c.rng.randrange(0, 24), c.rng.randrange(60),
                                   ("%.1f" % (2.8 + c.rng.random())).replace(".", ",")),
                  "Great news: %s had baby %s on %s at %d:%02d, %.1f kg. Mom and baby are doing great!" % (
                      mom["given"], baby_name, c.d(born, 0), c.rng.randrange(0, 24), c.rng.randrange(60),
                      2.8 + c.rng.random())),
              c.t("Une carte circule au 3e (bureau 3.22) et on fait une collecte pour un cadeau jusqu'à vendredi.",
                  "A card is going around on 3 (office 3.22) and we're collecting for a gift until Friday."),
              head["given"]]
    return dict(cat=c.t("nouvelle_naissance", "baby_announcement"), types=[], note="colleague's baby announcement",
                frm=who(c, head), to=[box(c.t("Équipe recherche clinique", "Clinical research team"), "brc.equipe")],
                subject=c.t("Bienvenue %s !" % baby_name, "Welcome baby %s!" % baby_name), blocks=blocks)


def payroll(c):
    pay = box(c.t("Service de la paie", "Payroll"), "paie")
    emp = c.staff(c.ch(12, 13, 9, 10))
    kind = c.ch("td1", "timesheet", "stub")
    if kind == "td1":
        blocks = [c.t("Bonjour %s," % emp["given"], "Hi %s," % emp["given"]),
                  c.t("Pour compléter ton embauche, merci de nous retourner les formulaires TD1 et TP-1015.3 "
                      "remplis (gabarit ci-joint). N'envoie pas ton NAS par courriel : remets le formulaire en "
                      "personne au bureau B-104.",
                      "To complete your hiring, please return the TD1 and TP-1015.3 forms (template attached). "
                      "Do not e-mail your SIN: bring the form in person to office B-104.")]
        atts = [docx(c.t("formulaire_embauche.docx", "new_hire_form.docx"), c.t("Formulaire d'embauche", "New hire form"),
                     [("table", None, [[c.t("Nom", "Name"), ""], [c.t("NAS", "SIN"), "___ ___ ___"],
                                       [c.t("Date de naissance", "Date of birth"), "____/__/__"],
                                       [c.t("Adresse", "Address"), ""], [c.t("Banque / transit", "Bank / transit"), ""]])])]
    elif kind == "timesheet":
        blocks = [c.t("Bonjour,", "Hello,"),
                  c.t("Rappel : les feuilles de temps de la période %d doivent être approuvées dans Logibec avant "
                      "jeudi midi. Les heures supplémentaires des visites de soir doivent être préautorisées."
                      % c.rng.randrange(1, 26),
                      "Reminder: timesheets for pay period %d must be approved before Thursday noon. Overtime for "
                      "evening study visits needs pre-approval." % c.rng.randrange(1, 26))]
        atts = []
    else:
        rows = [[c.t("Taux horaire", "Hourly rate"), "%d,%02d $" % (c.rng.randrange(27, 45), c.rng.randrange(100))],
                [c.t("Heures", "Hours"), "70,0"], [c.t("Brut", "Gross"), "%d,%02d $" % (c.rng.randrange(1900, 3100), c.rng.randrange(100))],
                [c.t("No d'employé", "Employee no."), "%06d" % c.rng.randrange(100000, 999999)]]
        blocks = [c.t("Bonjour %s," % emp["given"], "Hi %s," % emp["given"]),
                  c.t("Suite à ta question, voici le détail de ta paie du %s :" % c.d(c.earlier(3), 0),
                      "Further to your question, here is the breakdown of your pay of %s:" % c.d(c.earlier(3), 0)),
                  ("table", None, rows, 0)]
        atts = []
    blocks.append(c.t("Service de la paie – poste 4120", "Payroll - ext. 4120"))
    return dict(cat=c.t("paie", "payroll"), types=[], note="payroll correspondence with staff", frm=pay,
                to=[who(c, emp)], subject=c.t("Paie – suivi", "Payroll follow-up"), blocks=blocks, atts=atts)


def job_posting(c):
    hr = box(c.t("Ressources humaines", "Human Resources"), "rh")
    title = c.ch(c.t("Coordonnatrice ou coordonnateur de recherche clinique", "Clinical Research Coordinator"),
                 c.t("Technicienne ou technicien de biobanque", "Biobank Technician"),
                 c.t("Agente ou agent de soutien au CÉR", "REB Support Officer"))
    no = "%d-%03d" % (2024, c.rng.randrange(100, 999))
    body = c.t("Le %s recrute : %s (poste permanent, temps complet, affichage %s). Sous la responsabilité du chef "
               "du service de la recherche clinique, la personne coordonnera des essais en oncologie, cardiologie "
               "et néphrologie (diabète, insuffisance rénale). Exigences : baccalauréat en sciences de la santé, "
               "certification BPC, connaissance de REDCap. Salaire : %d $ à %d $ selon l'échelle." % (
                   C.BRC_FR, title, no, c.rng.randrange(48, 55) * 1000, c.rng.randrange(70, 82) * 1000),
               "The %s is hiring: %s (permanent, full time, posting %s). Reporting to the head of clinical "
               "research, you will coordinate trials in oncology, cardiology and nephrology (diabetes, kidney "
               "disease). Requirements: BSc in a health science, GCP certification, REDCap experience. Salary "
               "$%d to $%d per scale." % (C.BRC_EN, title, no, c.rng.randrange(48, 55) * 1000,
                                          c.rng.randrange(70, 82) * 1000))
    blocks = [body, c.t("Pour postuler : rh@cisrp.example avant le %s. Renseignements : 450-555-0110." % c.d(c.later(21), 0),
                        "Apply to rh@cisrp.example before %s. Information: 450-555-0110." % c.d(c.later(21), 0)),
              ("sig", [c.t("Ressources humaines", "Human Resources"), C.HOSP, C.HOSP_ADDR])]
    atts = [pdf(c.t("affichage_%s.pdf", "posting_%s.pdf") % no, title, [body])] if c.v % 2 == 1 else []
    return dict(cat=c.t("affichage_poste", "job_posting"), types=[], note="job posting", frm=hr,
                to=[box(c.t("Tout le personnel", "All staff"), "tous")], subject=c.t("Affichage : ", "Posting: ") + title,
                blocks=blocks, atts=atts)


PLAN_FR = [(reb_agenda, 3), (reb_approval, 3), (amendment, 3), (enrolment, 3), (coded_sae, 3), (schedule, 3),
           (occ_health, 3), (baby, 2), (payroll, 3), (job_posting, 3)]
PLAN_EN = [(reb_agenda, 3), (reb_approval, 3), (amendment, 3), (enrolment, 3), (coded_sae, 3), (schedule, 3),
           (occ_health, 3), (baby, 2), (payroll, 3), (job_posting, 3)]
