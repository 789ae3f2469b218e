# -*- coding: utf-8 -*-
"""Negative templates, part A: staff, HR, schedules, payroll, people news."""
import datetime as dt

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_build import signature, html_table, text_table, quote

TEAM = "equipe.spsc@" + C.DOMAIN
RH = "rh.soins@" + C.DOMAIN


def _team(x, n):
    return [x.staff() for _ in range(n)]


def n_schedule(x):
    r, L = x.r, x.L
    mgr = x.staff("F")
    staff = _team(x, 5)
    m = x.msg("schedule", L("horaire de garde de l'équipe", "team on-call schedule"))
    m.frm = (mgr.full, C.staff_email(mgr))
    m.to = [(L("Équipe SPSC", "WOC team"), TEAM)]
    month = r.randint(1, 12)
    start = dt.date(2025 if month < 7 else 2024, month, 1)
    rows = [[L("Date", "Date"), L("Site", "Site"), L("Garde stomo", "Ostomy on-call"), L("Remplaçant(e)", "Backup")]]
    for k in range(0, 28, 2):
        d = start + dt.timedelta(days=k)
        a, b = r.sample(staff, 2)
        rows.append([C.fmt_date(d, "iso"), C.SITES[k % 2][0], a.full, b.full])
    mname = (C.MOIS if x.lang == "fr" else C.MONTHS)[month - 1]
    m.subject = L("Horaire de garde - %s" % mname, "On-call schedule - %s" % mname)
    intro = L("Voici l'horaire de garde (plaies complexes et stomies) pour %s. Les échanges doivent être approuvés."
              % mname, "Here is the on-call schedule (complex wounds and ostomies) for %s. Swaps need approval." % mname)
    sig = signature(mgr, x.lang, K.role("manager", mgr, x.lang), site=0)
    if r.random() < 0.5:
        m.attach(A.make_xlsx([(L("Garde", "On-call"), rows)], author=mgr.full),
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 L("horaire_garde_%02d.xlsx" % month, "oncall_%02d.xlsx" % month))
        m.text = "\n".join([greet(x), "", intro, "", sig])
    else:
        m.text = "\n".join([greet(x), "", intro, "", text_table(rows), "", sig])
        m.html = "<html><body><p>%s</p>%s<p>%s</p></body></html>\n" % (intro, html_table(rows), sig.replace("\n", "<br>"))
    return m


def greet(x, p=None, group=True):
    if p is None and not group:
        return x.L("Bonjour,", "Hello,")
    if p is None:
        return x.L("Bonjour à toutes et à tous,", "Hello everyone,")
    return x.L("Bonjour %s," % p.given, "Hi %s," % p.given)


def n_leave(x):
    r, L = x.r, x.L
    mgr, emp = x.staff(), x.staff()
    m = x.msg("leave", L("approbation de congé d'un employé", "employee leave approval"))
    m.frm = (mgr.full, C.staff_email(mgr))
    m.to = [(emp.full, C.staff_email(emp))]
    d0 = x.date.date() + dt.timedelta(days=r.randint(20, 90))
    d1 = d0 + dt.timedelta(days=r.choice([4, 7, 11, 14]))
    kind = r.choice(L(["vacances", "congé à traitement différé", "congé parental", "férié mobile"],
                      ["vacation", "deferred-salary leave", "parental leave", "floating holiday"]))
    m.subject = L("Demande de congé approuvée", "Leave request approved")
    m.text = "\n".join([greet(x, emp), "", L("Ta demande (%s) du %s au %s est approuvée. %s assurera la couverture des consultations."
                                              % (kind, C.fmt_date(d0, "fr_long"), C.fmt_date(d1, "fr_long"), x.staff().full),
                                              "Your request (%s) from %s to %s is approved. %s will cover consults."
                                              % (kind, C.fmt_date(d0, "en_long"), C.fmt_date(d1, "en_long"), x.staff().full)),
                        L("N'oublie pas de mettre ton message d'absence.", "Don't forget your out-of-office message."), "",
                        signature(mgr, x.lang, K.role("manager", mgr, x.lang))])
    return m


def n_payroll(x):
    r, L = x.r, x.L
    pay, emp = x.staff("F"), x.staff()
    m = x.msg("payroll", L("correction de paie d'un employé", "employee payroll correction"))
    m.frm = (L("Service de la paie", "Payroll"), "paie@" + C.DOMAIN)
    m.to = [(emp.full, C.staff_email(emp))]
    mat = "%06d" % r.randint(100000, 999999)
    hrs = r.choice(["7,25", "14,5", "3,75", "21,75"])
    per = r.randint(1, 26)
    m.subject = L("Paie - période %d - correction" % per, "Pay period %d - adjustment" % per)
    rows = [[L("Matricule", "Employee no."), mat], [L("Période", "Period"), str(per)],
            [L("Heures supplémentaires", "Overtime hours"), hrs if x.lang == "fr" else hrs.replace(",", ".")],
            [L("Prime de soir", "Evening premium"), "4,15 $" if x.lang == "fr" else "$4.15"],
            [L("Taux horaire (échelon 9)", "Hourly rate (step 9)"), "48,92 $" if x.lang == "fr" else "$48.92"],
            [L("Date de versement", "Pay date"), C.fmt_date(x.date.date() + dt.timedelta(days=9), "iso")]]
    m.text = "\n".join([greet(x, emp), "", L("Les heures manquantes de ta garde ont été ajoutées :", "The missing on-call hours were added:"),
                        "", text_table(rows), "", L("Centre de services partagés - paie", "Shared services - payroll"),
                        "Tél. 450 555-0150"])
    if r.random() < 0.4:
        pdf = A.make_pdf(L("Relevé de paie - ajustement", "Pay statement - adjustment"),
                         ["%s : %s" % (a, b) for a, b in rows] + ["", emp.full, L("Infirmière / infirmier clinicien(ne)", "Clinical nurse")])
        m.attach(pdf, "application/pdf", L("releve_paie_%s.pdf" % mat, "paystub_%s.pdf" % mat))
    return m


def n_occ_health(x):
    r, L = x.r, x.L
    sst, emp = x.staff("F"), x.staff()
    m = x.msg("occupational_health", L("santé et sécurité au travail d'un employé", "employee occupational health follow-up"))
    m.frm = (sst.full, "sst@" + C.DOMAIN)
    m.to = [(emp.full, C.staff_email(emp))]
    m.cc = [(x.staff().full, "gestion.spsc@" + C.DOMAIN)]
    inj = r.choice(L(["entorse lombaire survenue lors d'une mobilisation", "tendinite à l'épaule droite",
                      "piqûre d'aiguille souillée - bilan sérologique de base fait", "dermatite de contact aux gants"],
                     ["low-back strain during a patient transfer", "right shoulder tendinitis",
                      "needlestick injury - baseline serology done", "glove contact dermatitis"]))
    m.subject = L("Suivi SST - retour progressif", "Occupational health - gradual return")
    m.text = "\n".join([greet(x, emp), "", L("Suite à ta déclaration (%s), le médecin désigné autorise un retour progressif :"
                                              % inj, "Following your report (%s), the designated physician approves a gradual return:" % inj),
                        L("- semaine 1 : 3 jours de 4 h, pas de mobilisation de patients", "- week 1: 3 days x 4 h, no patient handling"),
                        L("- semaine 2 : 4 jours de 7 h", "- week 2: 4 days x 7 h"),
                        L("Le formulaire d'assignation temporaire est à signer au bureau SST.", "Please sign the temporary assignment form at the OHS office."),
                        "", sst.full, L("Conseillère en santé et sécurité du travail", "Occupational health and safety advisor"),
                        "450 555-0161"])
    return m


def n_candidates(x):
    r, L = x.r, x.L
    hr, mgr = x.staff("F"), x.staff()
    cands = _team(x, r.randint(3, 4))
    m = x.msg("candidates", L("convocations d'entrevue de candidats", "candidate interview schedule"))
    m.frm = (hr.full, RH)
    m.to = [(mgr.full, C.staff_email(mgr))]
    d = x.date.date() + dt.timedelta(days=r.randint(5, 15))
    rows = [[L("Heure", "Time"), L("Candidat(e)", "Candidate"), L("Poste actuel", "Current position")]]
    for k, c in enumerate(cands):
        rows.append(["%d:00" % (9 + k), c.full, r.choice(L(["Soins infirmiers, chirurgie", "Soins infirmiers, urgence", "Stomothérapie, clinique privée", "Soutien à domicile, CLSC"],
                                                            ["Nursing, surgery", "Nursing, emergency", "NSWOC, private clinic", "Home care, CLSC"]))])
    m.subject = L("Entrevues - poste infirmière stomothérapeute (%s)" % C.fmt_date(d, "iso"),
                  "Interviews - NSWOC position (%s)" % C.fmt_date(d, "iso"))
    m.text = "\n".join([greet(x, mgr), "", L("Voici l'horaire des entrevues. Les CV sont joints.", "Here is the interview schedule. CVs attached."),
                        "", text_table(rows), "", hr.full, L("Conseillère en acquisition de talents", "Talent acquisition advisor")])
    c = cands[0]
    cv = A.make_docx("Curriculum vitae - " + c.full,
                     [C.home_address(r), C.phone(r), C.staff_email(c, "courriel.example"),
                      "## " + L("Expérience", "Experience"),
                      L("2019-2024 : infirmière clinicienne, chirurgie générale", "2019-2024: clinical nurse, general surgery"),
                      L("2024 : certificat en soins de plaies (45 crédits)", "2024: wound care certificate (45 credits)"),
                      "## " + L("Formation", "Education"), L("B.Sc. sciences infirmières", "BScN")], author=c.full)
    m.attach(cv, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             "CV_%s_%s.docx" % (C.fold(c.given).replace(" ", ""), C.fold(c.surname)))
    return m


def n_job(x):
    r, L = x.r, x.L
    hr = x.staff("F")
    m = x.msg("job_posting", L("affichage de poste", "job posting"))
    m.frm = (L("Ressources humaines", "Human resources"), RH)
    m.to = [(L("Tout le personnel", "All staff"), "tous@" + C.DOMAIN)]
    num = "SPSC-%d-%03d" % (x.date.year, r.randint(1, 300))
    m.subject = L("Affichage %s - Infirmière ou infirmier stomothérapeute" % num, "Posting %s - NSWOC (permanent, full time)" % num)
    m.text = "\n".join([L("Affichage interne et externe", "Internal and external posting"), "",
                        L("Titre : Infirmière/infirmier clinicien(ne) - stomothérapie (plaies, stomies, continence)",
                          "Title: Clinical nurse - wound, ostomy and continence"),
                        L("Statut : temps complet permanent, 35 h/sem., jour", "Status: permanent full time, 35 h/week, days"),
                        L("Lieu : %s" % C.SITES[0][0], "Location: %s" % C.SITES[0][0]),
                        L("Exigences : B.Sc. inf., 2 ans d'expérience, formation en soins de plaies; certification ISPSC un atout.",
                          "Requirements: BScN, 2 years' experience, wound care training; NSWOC certification an asset."),
                        L("Responsabilités : évaluer les plaies complexes (ulcères veineux, pied diabétique, lésions de pression), "
                          "enseigner aux personnes stomisées, soutenir les équipes en continence.",
                          "Duties: assess complex wounds (venous ulcers, diabetic foot, pressure injuries), teach people with ostomies, "
                          "support teams on continence."),
                        L("Échelle salariale : 32,19 $ à 58,16 $ / heure", "Salary: $32.19 to $58.16 / hour"),
                        L("Date limite : %s" % C.fmt_date(x.date.date() + dt.timedelta(days=14), "fr_long"),
                          "Closing date: %s" % C.fmt_date(x.date.date() + dt.timedelta(days=14), "en_long")), "",
                        L("Information : %s, 450 555-0151" % hr.full, "Information: %s, 450 555-0151" % hr.full)])
    return m


def n_birthdays(x):
    r, L = x.r, x.L
    sc = x.staff("F")
    ppl = _team(x, r.randint(4, 6))
    month = r.randint(1, 12)
    m = x.msg("birthdays", L("anniversaires du personnel du mois", "staff birthdays of the month"))
    m.frm = (sc.full, C.staff_email(sc))
    m.to = [(L("Équipe SPSC", "WOC team"), TEAM)]
    lines = []
    for p in ppl:
        d = dt.date(r.randint(1965, 1999), month, r.randint(1, 28))
        lines.append("- %s : %s" % (p.full, C.fmt_date(d, "fr_long" if x.lang == "fr" else "en_long")
                                     if r.random() < 0.4 else ("%d %s" % (d.day, C.MOIS[month - 1]) if x.lang == "fr"
                                                               else "%s %d" % (C.MONTHS[month - 1], d.day))))
    m.subject = L("Les fêtés du mois 🎂", "This month's birthdays 🎂")
    m.text = "\n".join([greet(x), "", L("Gâteau jeudi à 14 h à la salle de repos pour :", "Cake Thursday 2 pm in the break room for:")] +
                       lines + ["", L("Contribution volontaire : 3 $", "Voluntary contribution: $3"), sc.given])
    m.tx["charset"] = "utf-8"
    return m


def n_baby(x):
    r, L = x.r, x.L
    sc, col = x.staff("F"), x.staff("F")
    baby = r.choice(["Léa", "Éloïse", "Noah", "Félix", "Maya", "Arthur", "Olivia", "Liam"])
    d = x.date.date() - dt.timedelta(days=r.randint(1, 6))
    m = x.msg("baby_news", L("annonce de naissance du bébé d'une collègue", "colleague's baby announcement"))
    m.frm = (sc.full, C.staff_email(sc))
    m.to = [(L("Équipe SPSC", "WOC team"), TEAM)]
    m.subject = L("Bienvenue bébé %s!" % baby, "Welcome baby %s!" % baby)
    m.text = "\n".join([greet(x), "", L("Notre collègue %s a accouché le %s : %s, %s kg, 51 cm. Maman et bébé vont très bien!"
                                         % (col.full, C.fmt_date(d, "fr_long"), baby, r.choice(["3,2", "3,4", "3,6"])),
                                         "Our colleague %s gave birth on %s: %s, %s kg, 51 cm. Mom and baby are doing great!"
                                         % (col.full, C.fmt_date(d, "en_long"), baby, r.choice(["3.2", "3.4", "3.6"]))),
                        L("Une carte circule au poste jusqu'à vendredi.", "A card is going around at the desk until Friday."),
                        "", sc.given])
    return m


def n_students(x):
    r, L = x.r, x.L
    coord = x.staff("F")
    st = _team(x, r.randint(3, 5))
    m = x.msg("student_placements", L("horaire des stagiaires", "student placement schedule"))
    m.frm = (coord.full, C.staff_email(coord))
    m.to = [(L("Équipe SPSC", "WOC team"), TEAM)]
    rows = [[L("Stagiaire", "Student"), L("Programme", "Program"), L("Dates", "Dates"), L("Préceptrice", "Preceptor")]]
    for s in st:
        d0 = x.date.date() + dt.timedelta(days=r.randint(7, 40))
        rows.append([s.full, r.choice(["DEC-BAC", "B.Sc.", "Certificat plaies", "Microprogramme stomothérapie"]),
                     "%s -> %s" % (C.fmt_date(d0, "iso"), C.fmt_date(d0 + dt.timedelta(days=20), "iso")), x.staff().full])
    m.subject = L("Stagiaires - session d'hiver", "Student placements - winter term")
    m.text = "\n".join([greet(x), "", L("Voici les stagiaires attendus. Merci de leur faire une place en clinique externe.",
                                        "Here are the incoming students. Please welcome them at the outpatient clinic."),
                        "", text_table(rows), "", signature(coord, x.lang, K.role("cns", coord, x.lang))])
    return m


def n_certificates(x):
    r, L = x.r, x.L
    edu = x.staff("F")
    emp = x.staff()
    m = x.msg("training_certificate", L("attestation de formation continue d'un employé", "staff continuing-education certificate"))
    m.frm = (L("Formation continue", "Continuing education"), "formation@" + C.DOMAIN)
    m.to = [(emp.full, C.staff_email(emp))]
    course = r.choice(L(["Prévention et traitement des lésions de pression (7 h)", "Soins aux personnes stomisées - niveau 2 (14 h)",
                         "Thérapie par pression négative (3,5 h)", "Évaluation de la continence urinaire (7 h)"],
                        ["Pressure injury prevention and treatment (7 h)", "Ostomy care - level 2 (14 h)",
                         "Negative pressure wound therapy (3.5 h)", "Urinary continence assessment (7 h)"]))
    pdf = A.make_pdf(L("Attestation de participation", "Certificate of attendance"),
                     [L("Décernée à : ", "Awarded to: ") + emp.full, L("Activité : ", "Activity: ") + course,
                      L("Date : ", "Date: ") + C.fmt_date(x.date.date() - dt.timedelta(days=5), "iso"),
                      L("Heures reconnues (norme OIIQ) : voir activité", "Hours recognized: see activity"), "", edu.full])
    m.attach(pdf, "application/pdf", L("attestation_%s.pdf" % C.fold(emp.surname), "certificate_%s.pdf" % C.fold(emp.surname)))
    m.subject = L("Votre attestation de formation", "Your training certificate")
    m.text = "\n".join([greet(x, emp), "", L("Merci de votre participation. Votre attestation est jointe.", "Thank you for attending. Your certificate is attached."),
                        "", edu.full, L("Formation continue - DSI", "Continuing education - Nursing directorate")])
    return m


def n_welcome(x):
    r, L = x.r, x.L
    mgr, new = x.staff("F"), x.staff()
    m = x.msg("welcome", L("accueil d'un nouvel employé", "new employee welcome"))
    m.frm = (mgr.full, C.staff_email(mgr))
    m.to = [(L("Équipe SPSC", "WOC team"), TEAM)]
    m.subject = L("Bienvenue à %s" % new.full, "Please welcome %s" % new.full)
    m.text = "\n".join([greet(x), "", L("%s se joint à notre équipe le %s comme %s stomothérapeute. "
                                         "%s arrive de l'unité de chirurgie où %s s'occupait surtout de patients "
                                         "stomisés et de plaies post-opératoires." % (new.full, C.fmt_date(x.date.date() + dt.timedelta(days=10), "fr_long"),
                                                                                     C.gx(new, "infirmière", "infirmier"), C.gx(new, "Elle", "Il"), C.gx(new, "elle", "il")),
                                         "%s joins our team on %s as a NSWOC, coming from the surgical unit with a focus on "
                                         "ostomy and post-op wound care." % (new.full, C.fmt_date(x.date.date() + dt.timedelta(days=10), "en_long"))),
                        L("Casier 14, poste téléphonique 2291.", "Locker 14, phone extension 2291."), "",
                        signature(mgr, x.lang, K.role("manager", mgr, x.lang))])
    return m


def n_overtime_thread(x):
    r, L = x.r, x.L
    a, b = x.staff("F"), x.staff()
    m = x.msg("overtime", L("échange sur les heures supplémentaires", "thread about overtime"))
    m.frm = (b.full, C.staff_email(b))
    m.to = [(a.full, C.staff_email(a))]
    osub = L("Temps supplémentaire - fin de semaine", "Overtime - weekend")
    orig = L("Qui peut faire le samedi 8 h-12 h pour les consultations à l'étage? On a 11 demandes en attente, surtout des lésions de pression et deux nouvelles iléostomies.",
             "Who can do Saturday 8-12 for inpatient consults? We have 11 pending requests, mostly pressure injuries and two new ileostomies.")
    m.subject = "RE: " + osub
    m.text = "\n".join([L("Je peux le faire, mais pas le dimanche.", "I can take it, but not Sunday."), b.given, "",
                        quote(orig, a.full, C.staff_email(a), x.date - dt.timedelta(hours=5), x.lang, r.choice(["gmail", "outlook"]), osub)])
    return m


NEG_A = [n_schedule, n_leave, n_payroll, n_occ_health, n_candidates, n_job, n_birthdays, n_baby,
         n_students, n_certificates, n_welcome, n_overtime_thread]
