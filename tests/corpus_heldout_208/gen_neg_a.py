"""Negative (non-confidential) templates, part A: schedules, HR, payroll, occupational health,
newsletters, conferences, job postings, invoices, purchase orders, inventories, IT, facilities,
aggregate statistics."""
import datetime

from stdnum import luhn

from gen_attach import csv_bytes, docx_bytes, ics_bytes, pdf_bytes, xlsx_bytes
from gen_common import (AGENCY, ORG_EN, ORG_FR, PROG_EN, PROG_FR, SITES, STAFF, VENDORS, fmt_day, phone,
                        staff_email, staff_name, staff_role)
from gen_ctx import shared, site
from gen_mime import Att
from gen_pos_a import sig_block


# ------------------------------------------------------------------ look-alike numbers (not identifiers)
def luhn_serial(rng, n=9, first="1234567"):
    body = rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def mod97_lot(rng, d):
    """An 11-digit lot built from an expiry date that happens to pass the Belgian NN check."""
    base = d.strftime("%y%m%d") + "%03d" % rng.randrange(1, 997)
    pre = ("2" + base) if d.year >= 2000 else base
    return base + "%02d" % (97 - int(pre) % 97)


def spaced(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return " ".join(out)


def mailbox(local, name=""):
    return (name, "%s@rsbl.example" % local)


# ------------------------------------------------------------------ N1 on-call schedule
def n_oncall(ctx):
    fr = ctx.lang == "fr"
    mgr = ctx.staff(role="mgr")
    m = ctx.msg("oncall_schedule", False, ctx.t("horaire de garde des coordonnateurs", "coordinator on-call schedule"),
                sender=mgr, to=[shared("equipe.coordination")])
    people = ctx.staff(5, exclude=(mgr[1],), role="team")
    start = ctx.day(7 - ctx.when.weekday())
    hdr = ctx.t(["Date", "Jour (8 h-20 h)", "Nuit (20 h-8 h)", "Cellulaire de garde"],
                ["Date", "Day (08-20)", "Night (20-08)", "On-call cell"])
    rows = []
    for i in range(14):
        d = start + datetime.timedelta(days=i)
        a, b = ctx.rng.sample(people, 2)
        rows.append([ctx.date(d, "iso"), staff_name(a, ctx.lang, False), staff_name(b, ctx.lang, False), "819-555-0199"])
    m.subject = ctx.t("Horaire de garde - période %d" % ctx.rng.randrange(1, 13), "On-call schedule - period %d" % ctx.rng.randrange(1, 13))
    if ctx.chance(0.5):
        m.atts.append(Att(ctx.t("horaire_garde.xlsx", "oncall_schedule.xlsx"),
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          xlsx_bytes([(ctx.t("Garde", "On-call"), [hdr] + rows)])))
        m.blocks = [ctx.t("Bonjour à tous, voici l'horaire des deux prochaines semaines. Les échanges se font entre vous, avisez-moi seulement.",
                          "Hi all, here's the schedule for the next two weeks. Arrange swaps among yourselves and just let me know."),
                    sig_block(ctx, mgr)]
    else:
        m.blocks = [ctx.t("Bonjour, horaire de garde :", "Hi, on-call roster:"), ("table", hdr, rows),
                    ctx.t("%s est en formation le %s, %s le remplace." % (staff_name(people[0], "fr", False), fmt_day(start, "fr"), people[1][0]),
                          "%s is on a course on %s, %s is covering." % (staff_name(people[0], "en", False), fmt_day(start, "en"), people[1][0])),
                    sig_block(ctx, mgr)]
    return m


# ------------------------------------------------------------------ N2 leave request
def n_leave(ctx):
    fr = ctx.lang == "fr"
    emp = ctx.staff()
    mgr = ctx.staff(exclude=(emp[1],))
    m = ctx.msg("leave_request", False, ctx.t("demande de congé d'un employé", "staff leave request"), sender=emp, to=[mgr])
    d1 = ctx.day(ctx.rng.randrange(20, 90))
    d2 = d1 + datetime.timedelta(days=ctx.rng.randrange(3, 15))
    kind = ctx.c(["vacances", "formation", "maladie", "parental"])
    if kind == "vacances":
        txt = ctx.t("Bonjour %s, je souhaiterais prendre mes vacances du %s au %s inclusivement. %s a accepté de couvrir mes gardes de fin de semaine."
                    % (mgr[0], ctx.date(d1, "long"), ctx.date(d2, "long"), ctx.staff(exclude=(emp[1], mgr[1]))[0]),
                    "Hi %s, I'd like to book vacation from %s to %s inclusive. %s agreed to cover my weekend on-call."
                    % (mgr[0], ctx.date(d1, "long"), ctx.date(d2, "long"), ctx.staff(exclude=(emp[1], mgr[1]))[0]))
    elif kind == "formation":
        txt = ctx.t("Bonjour, je demande un congé de perfectionnement pour le cours de coordination en don d'organes (Montréal) du %s au %s."
                    % (ctx.date(d1, "long"), ctx.date(d2, "long")),
                    "Hello, requesting professional development leave for the organ donation coordination course from %s to %s."
                    % (ctx.date(d1, "long"), ctx.date(d2, "long")))
    elif kind == "maladie":
        txt = ctx.t("Bonjour, je serai absente demain et vendredi (grippe). Billet médical suivra pour les RH. Désolée pour la garde.",
                    "Hi, I'll be off sick tomorrow and Friday (flu). Doctor's note to follow for HR. Sorry about the on-call.")
    else:
        txt = ctx.t("Bonjour, comme discuté, mon congé parental débutera le %s pour 52 semaines. Le formulaire RQAP est envoyé aux RH."
                    % ctx.date(d1, "long"),
                    "Hi, as discussed my parental leave starts %s for 52 weeks. The QPIP form has gone to HR." % ctx.date(d1, "long"))
    m.subject = ctx.t("Demande de congé", "Leave request") if ctx.chance(0.6) else ctx.t("Absence %s" % ctx.date(d1, "short"), "Time off %s" % ctx.date(d1, "short"))
    m.blocks = [txt, ctx.t("Merci!", "Thanks!"), ("sig", [staff_name(emp, ctx.lang, False), staff_role(emp, ctx.lang)])]
    if ctx.chance(0.3):
        reply = {"vacances": ctx.t("Approuvé. Bonnes vacances!", "Approved, enjoy!"),
                 "formation": ctx.t("Approuvé, bonne formation. Envoie-moi le reçu d'inscription.", "Approved, enjoy the course. Send me the registration receipt."),
                 "maladie": ctx.t("Reçu, repose-toi. Je m'occupe de la garde.", "Got it, rest up. I'll sort out the on-call."),
                 "parental": ctx.t("Félicitations! C'est noté, je fais suivre aux RH.", "Congratulations! Noted, forwarding to HR.")}[kind]
        m.blocks = [reply, ("sig", [mgr[0]]),
                    ("quote", ctx.t("%s a écrit :" % staff_name(emp, "fr", False), "%s wrote:" % staff_name(emp, "en", False)), m.blocks)]
        m.sender, m.to = m.to[0], [m.sender]
        m.subject = "RE: " + m.subject
    return m


# ------------------------------------------------------------------ N3 payroll
def n_payroll(ctx):
    fr = ctx.lang == "fr"
    clerk = [s for s in STAFF if s[1] == "Normandin"][0]
    emp = ctx.staff(exclude=("Normandin",))
    m = ctx.msg("payroll", False, ctx.t("correction de paie pour heures supplémentaires de prélèvement",
                                        "payroll correction for retrieval overtime"),
                sender=clerk, to=[emp], cc=[mailbox("paie")])
    mat = "%06d" % ctx.rng.randrange(100000, 999999)
    hrs = ctx.rng.randrange(4, 26)
    rows = [[ctx.date(ctx.day(-k * 3 - 5), "iso"), ctx.t("Garde rappel - prélèvement multiorganes", "Call-back - multi-organ retrieval"),
             ctx.rng.randrange(3, 9), "1,5x" if fr else "1.5x"] for k in range(ctx.rng.randrange(2, 5))]
    m.subject = ctx.t("Paie - correction période %d" % ctx.rng.randrange(1, 26), "Payroll - correction pay period %d" % ctx.rng.randrange(1, 26))
    m.blocks = [ctx.t("Bonjour %s," % emp[0], "Hi %s," % emp[0]),
                ctx.t("Les heures suivantes n'avaient pas été saisies (matricule %s). La correction (%d h) apparaîtra sur le dépôt du %s."
                      % (mat, hrs, ctx.date(ctx.day(12), "long")),
                      "The following hours were missing (employee no. %s). The correction (%d h) will show on the %s deposit."
                      % (mat, hrs, ctx.date(ctx.day(12), "long"))),
                ("table", ctx.t(["Date", "Code", "Heures", "Taux"], ["Date", "Code", "Hours", "Rate"]), rows),
                ("sig", [staff_name(clerk, ctx.lang, False), ctx.t("Service de la paie", "Payroll"), "poste 2241" if fr else "ext. 2241"])]
    if ctx.chance(0.4):
        dob = datetime.date(ctx.rng.randrange(1965, 1998), ctx.rng.randrange(1, 13), ctx.rng.randrange(1, 28))
        m.blocks.insert(3, ctx.t("Pour la mise à jour du REGOP, votre date de naissance au dossier employé est le %s; avisez-nous si erronée."
                                 % ctx.date(dob, "long"),
                                 "For the pension update, your date of birth in the employee file is %s; let us know if incorrect." % ctx.date(dob, "long")))
    return m


# ------------------------------------------------------------------ N4 occupational health
def n_occ_health(ctx):
    fr = ctx.lang == "fr"
    nurse = mailbox("sante.travail", ctx.t("Santé et sécurité au travail", "Occupational Health"))
    emp = ctx.staff()
    m = ctx.msg("occupational_health", False, ctx.t("rappel de santé au travail pour un employé", "occupational health reminder to an employee"),
                sender=nurse, to=[emp])
    kind = ctx.c(["tb", "fit", "flu", "needle"])
    if kind == "tb":
        txt = ctx.t("Bonjour %s, votre test cutané à la tuberculine (TCT) annuel est dû. Lecture 48-72 h après l'injection. Le résultat de l'an dernier "
                    "était négatif (0 mm)." % emp[0],
                    "Hi %s, your annual TB skin test is due. Reading 48-72 h after placement. Last year's result was negative (0 mm)." % emp[0])
    elif kind == "fit":
        txt = ctx.t("Bonjour, votre essai d'ajustement N95 expire le %s. Plages : mardi et jeudi 13 h-15 h, local B-214." % ctx.date(ctx.day(20), "long"),
                    "Hello, your N95 fit test expires %s. Slots: Tue/Thu 13:00-15:00, room B-214." % ctx.date(ctx.day(20), "long"))
    elif kind == "flu":
        txt = ctx.t("Campagne de vaccination antigrippale : clinique mobile au 7e étage mercredi. Votre statut vaccinal hépatite B est complet (anti-HBs > 10).",
                    "Flu vaccination campaign: mobile clinic on 7th floor Wednesday. Your hepatitis B immunity is on file (anti-HBs > 10).")
    else:
        txt = ctx.t("Suivi de votre exposition au sang du %s (piqûre, salle d'opération) : prochaine prise de sang à 6 semaines. Le protocole "
                    "post-exposition est confidentiel et n'est pas transmis à votre gestionnaire." % ctx.date(ctx.day(-10), "long"),
                    "Follow-up of your blood exposure on %s (needlestick, OR): next blood draw at 6 weeks. PEP follow-up is confidential and "
                    "not shared with your manager." % ctx.date(ctx.day(-10), "long"))
    m.subject = ctx.t("Santé au travail - rappel", "Occupational health - reminder")
    m.blocks = [txt, ("sig", [ctx.t("Infirmière en santé au travail", "Occupational health nurse"), SITES[0][0] if fr else SITES[0][1],
                              ctx.t("Tél. : 819-555-0114", "Tel. 819-555-0114")])]
    return m


# ------------------------------------------------------------------ N5 newsletter
def n_newsletter(ctx):
    fr = ctx.lang == "fr"
    comms = mailbox("communications", ctx.t("Communications PRDT", "RDTP Communications"))
    m = ctx.msg("newsletter", False, ctx.t("infolettre du programme de transplantation", "transplant program newsletter"),
                sender=comms, to=[mailbox("tous.prdt")])
    a = ctx.staff(role="neph")
    b = [x for x in STAFF if x[1] == "Benali"][0]
    c = ctx.staff(exclude=(a[1], b[1]))
    n_tx = ctx.rng.randrange(60, 140)
    m.subject = ctx.t("L'Écho de la greffe - %s %d" % (["hiver", "printemps", "été", "automne"][(ctx.when.month % 12) // 3], ctx.when.year),
                      "Transplant Times - %s %d" % (["Winter", "Spring", "Summer", "Fall"][(ctx.when.month % 12) // 3], ctx.when.year))
    m.blocks = [ctx.t("Dans ce numéro", "In this issue"),
                ctx.t("%s %s reçoit le prix d'excellence de la Société de néphrologie pour des travaux sur le rejet humoral chronique et la "
                      "néphropathie à virus BK chez le greffé rénal." % (a[3], staff_name(a, "fr", False)),
                      "%s %s receives the Nephrology Society excellence award for research on chronic antibody-mediated rejection and BK "
                      "virus nephropathy in kidney recipients." % (a[4], staff_name(a, "en", False))),
                ctx.t("L'équipe de %s %s (hépatologie) a réalisé sa 100e greffe hépatique pour cirrhose et carcinome hépatocellulaire. Bravo!"
                      % (b[3], b[1]), "%s %s's hepatology team performed its 100th liver transplant for cirrhosis and HCC. Congratulations!"
                      % (b[4], b[1])),
                ctx.t("En chiffres : %d greffes en %d, %d références de donneurs potentiels, taux de conversion de %d %%."
                      % (n_tx, ctx.when.year - 1, n_tx * 3, ctx.rng.randrange(18, 35)),
                      "By the numbers: %d transplants in %d, %d potential donor referrals, %d%% conversion rate."
                      % (n_tx, ctx.when.year - 1, n_tx * 3, ctx.rng.randrange(18, 35))),
                ctx.t("Bienvenue à %s, qui se joint à l'équipe comme %s, et bonne retraite à Mme Lorraine Desrosiers après 31 ans en dialyse."
                      % (staff_name(c, "fr", False), staff_role(c, "fr")),
                      "Welcome to %s, who joins the team as %s, and happy retirement to Ms. Lorraine Desrosiers after 31 years in dialysis."
                      % (staff_name(c, "en", False), staff_role(c, "en"))),
                ctx.t("Semaine nationale du don d'organes : kiosque dans le hall principal, venez signer votre carte de consentement!",
                      "National Organ Donor Awareness Week: booth in the main lobby, come and register your consent!"),
                ("sig", [ctx.t("Pour vous désabonner, répondez « retrait ».", "To unsubscribe, reply 'remove'."), ORG_FR if fr else ORG_EN])]
    m.prefs["structure"] = ctx.c(["html", "html", "alt"])
    m.prefs["entities"] = ctx.chance(0.4)
    m.prefs["html_title"] = m.subject
    if ctx.chance(0.3):
        m.atts.append(Att(ctx.t("infolettre.pdf", "newsletter.pdf"), "application/pdf",
                          pdf_bytes(m.subject, [b if isinstance(b, str) else "" for b in m.blocks[:-1]])))
    return m


# ------------------------------------------------------------------ N6 conference programme
def n_conference(ctx):
    fr = ctx.lang == "fr"
    org = ctx.staff()
    m = ctx.msg("conference_programme", False, ctx.t("programme d'un symposium de transplantation", "transplant symposium programme"),
                sender=org, to=[mailbox("medecins.prdt")], cc=[mailbox("residents")])
    spk = ctx.staff(5, exclude=(org[1],), role="md")
    topics = ctx.t(["Variabilité intra-patient du tacrolimus et DSA de novo", "Don après décès cardiocirculatoire : résultats à 5 ans",
                    "Perfusion hypothermique oxygénée du foie", "Prophylaxie CMV : valganciclovir ou letermovir?",
                    "Désensibilisation des receveurs hyperimmunisés", "Aide médicale à mourir et don d'organes : enjeux éthiques"],
                   ["Intra-patient tacrolimus variability and de novo DSA", "Donation after circulatory death: 5-year outcomes",
                    "Hypothermic oxygenated liver perfusion", "CMV prophylaxis: valganciclovir or letermovir?",
                    "Desensitization of highly sensitized recipients", "MAID and organ donation: ethical issues"])
    ctx.rng.shuffle(topics)
    d = ctx.day(ctx.rng.randrange(20, 70))
    rows = []
    t0 = datetime.datetime(d.year, d.month, d.day, 8, 30)
    for i, s in enumerate(spk):
        rows.append([(t0 + datetime.timedelta(minutes=40 * i)).strftime("%H:%M"), staff_name(s, ctx.lang), topics[i]])
    m.subject = ctx.t("Symposium annuel de transplantation - programme", "Annual Transplant Symposium - programme")
    m.blocks = [ctx.t("Chers collègues, voici le programme du symposium du %s (amphithéâtre %s). 6 h de crédits de formation."
                      % (fmt_day(d, "fr"), SITES[0][2]),
                      "Dear colleagues, here is the programme for the symposium on %s (%s auditorium). 6 CME credits." % (fmt_day(d, "en"), SITES[0][2])),
                ("table", ctx.t(["Heure", "Conférencier", "Sujet"], ["Time", "Speaker", "Topic"]), rows),
                ctx.t("Inscription obligatoire avant le %s." % ctx.date(d - datetime.timedelta(days=7), "long"),
                      "Registration required by %s." % ctx.date(d - datetime.timedelta(days=7), "long")),
                sig_block(ctx, org)]
    kind = ctx.c(["pdf", "ics", "none"])
    if kind == "pdf":
        m.atts.append(Att(ctx.t("programme_symposium.pdf", "symposium_programme.pdf"), "application/pdf",
                          pdf_bytes(m.subject, ["%s  %s - %s" % tuple(r) for r in rows])))
    elif kind == "ics":
        m.atts.append(Att("symposium.ics", "text/calendar",
                          ics_bytes("symp-%d@rsbl.example" % ctx.idx, t0, t0 + datetime.timedelta(hours=6), m.subject,
                                    SITES[0][0], ctx.t("Programme joint au courriel.", "Programme in the e-mail."),
                                    (staff_name(org, ctx.lang, False), staff_email(org)))))
    return m


# ------------------------------------------------------------------ N7 job posting / candidates
def n_job(ctx):
    fr = ctx.lang == "fr"
    hr = [s for s in STAFF if s[1] == "McKenzie"][0]
    m = ctx.msg("job_posting", False, ctx.t("affichage de poste ou horaire d'entrevues", "job posting or interview schedule"),
                sender=hr, to=[mailbox("affichage")])
    if ctx.chance(0.6):
        num = "%d-%03d" % (ctx.when.year, ctx.rng.randrange(1, 999))
        m.subject = ctx.t("Affichage %s - infirmier(ère) coordonnateur(trice) en don d'organes" % num,
                          "Posting %s - Organ Donation Nurse Coordinator" % num)
        m.blocks = [ctx.t("Poste permanent temps complet, %s. Garde 1 semaine sur 4." % PROG_FR, "Permanent full-time, %s. 1-in-4 on-call." % PROG_EN),
                    ("list", ctx.t(["Baccalauréat en sciences infirmières", "3 ans d'expérience en soins critiques",
                                    "Bilinguisme (français, anglais)", "Permis de conduire valide"],
                                   ["BScN", "3 years of critical care experience", "Bilingual (French/English)", "Valid driver's licence"])),
                    ctx.t("Salaire selon la convention collective : 30,12 $ à 53,79 $/h.", "Salary per collective agreement: $30.12 to $53.79/h."),
                    ctx.t("Postuler avant le %s : emplois@rsbl.example" % ctx.date(ctx.day(21), "long"),
                          "Apply by %s: jobs@rsbl.example" % ctx.date(ctx.day(21), "long")),
                    ("sig", [staff_name(hr, ctx.lang, False), staff_role(hr, ctx.lang), "819-555-0112"])]
    else:
        cands = ["Amélie Drapeau", "Jonathan Kwan", "Mélissa Bourget", "Hugo Savoie"]
        ctx.rng.shuffle(cands)
        d = ctx.day(5)
        rows = [["%d:%s" % (9 + i, "00"), c, ctx.t("Infirmière clinicienne, SI", "ICU nurse clinician") if i % 2 == 0 else
                 ctx.t("Coordonnateur, autre programme", "Coordinator, other program")] for i, c in enumerate(cands[:3])]
        m.to = [as_staff(ctx)]
        m.subject = ctx.t("Entrevues - poste de coordination (%s)" % fmt_day(d, "fr"), "Interviews - coordinator position (%s)" % fmt_day(d, "en"))
        m.blocks = [ctx.t("Bonjour, voici l'horaire des entrevues. Les CV sont dans le dossier partagé RH; merci de ne pas les imprimer.",
                          "Hi, here is the interview schedule. CVs are in the HR shared folder; please don't print them."),
                    ("table", ctx.t(["Heure", "Candidat(e)", "Poste actuel"], ["Time", "Candidate", "Current role"]), rows),
                    ("sig", [staff_name(hr, ctx.lang, False), staff_role(hr, ctx.lang)])]
    return m


def as_staff(ctx):
    from gen_ctx import as_addr
    return as_addr(ctx.staff(), ctx.lang, ctx.rng)


# ------------------------------------------------------------------ N8 invoice
def n_invoice(ctx):
    fr = ctx.lang == "fr"
    v = ctx.c(VENDORS)
    m = ctx.msg("invoice", False, ctx.t("facture d'un fournisseur de réactifs ou de solutions", "vendor invoice for reagents or solutions"),
                sender=("Comptes recevables" if fr else "Accounts receivable", "ar@%s" % v[1]), to=[mailbox("comptes.payables")])
    inv = "F%d-%05d" % (ctx.when.year % 100, ctx.rng.randrange(1, 99999))
    client = "%07d" % ctx.rng.randrange(1000000, 9999999)
    items = [(ctx.t("Solution de préservation SPS-1, 1 L", "SPS-1 preservation solution, 1 L"), 24, 189.00),
             (ctx.t("Trousse de perfusion rénale PR-200", "PR-200 kidney perfusion kit"), 6, 1450.00),
             (ctx.t("Billes HLA classe I/II (100 tests)", "HLA class I/II beads (100 tests)"), 2, 3890.00),
             (ctx.t("Tubes de crossmatch, boîte de 500", "Crossmatch tubes, box of 500"), 4, 212.50)]
    ctx.rng.shuffle(items)
    items = items[:ctx.rng.randrange(2, 5)]
    lines = [ctx.t("Facture no %s" % inv, "Invoice no. %s" % inv), ctx.t("Date : %s" % ctx.date(ctx.when, "iso"), "Date: %s" % ctx.date(ctx.when, "iso")),
             ctx.t("No client : %s" % client, "Customer no.: %s" % client),
             ctx.t("Facturé à : %s, Services financiers, %s" % (ORG_FR, SITES[0][3]), "Bill to: %s, Finance, %s" % (ORG_EN, SITES[0][3])),
             ctx.t("À l'attention de : %s" % staff_name(ctx.staff(), "fr"), "Attention: %s" % staff_name(ctx.staff(), "en")), ""]
    total = 0
    for desc, q, pu in items:
        lot = mod97_lot(ctx.rng, ctx.day(ctx.rng.randrange(200, 700)))
        lines.append("%s x %d @ %.2f $ - %s %s" % (desc, q, pu, "Lot" if fr else "Lot", lot))
        total += q * pu
    tps, tvq = total * 0.05, total * 0.09975
    lines += ["", ctx.t("Sous-total : %.2f $  TPS : %.2f $  TVQ : %.2f $  Total : %.2f $" % (total, tps, tvq, total + tps + tvq),
                        "Subtotal: $%.2f  GST: $%.2f  QST: $%.2f  Total: $%.2f" % (total, tps, tvq, total + tps + tvq)),
              ctx.t("Modalités : net 30 jours. No TPS 81234 5678 RT0001", "Terms: net 30. GST no. 81234 5678 RT0001")]
    m.subject = ctx.t("Facture %s - %s" % (inv, v[0]), "Invoice %s - %s" % (inv, v[0]))
    m.blocks = [ctx.t("Bonjour, veuillez trouver ci-joint notre facture. Merci de votre confiance.",
                      "Hello, please find our invoice attached. Thank you for your business."),
                ("sig", [v[0], ctx.t("Service à la clientèle", "Customer service"), v[2]])]
    m.atts.append(Att("%s.pdf" % inv, "application/pdf", pdf_bytes(v[0], lines)))
    return m


# ------------------------------------------------------------------ N9 purchase order
def n_purchase_order(ctx):
    fr = ctx.lang == "fr"
    buyer = [s for s in STAFF if s[1] == "Fortier"][0]
    v = ctx.c(VENDORS)
    m = ctx.msg("purchase_order", False, ctx.t("bon de commande d'équipement de perfusion", "purchase order for perfusion equipment"),
                sender=buyer, to=[("", "commandes@%s" % v[1])])
    po = "BC-%d-%04d" % (ctx.when.year, ctx.rng.randrange(1, 9999))
    hdr = ctx.t(["Article", "Description", "Qté", "No de série", "Actif no"], ["Item", "Description", "Qty", "Serial no.", "Asset tag"])
    rows = []
    for i in range(ctx.rng.randrange(2, 6)):
        rows.append(["%05d" % ctx.rng.randrange(10000, 99999),
                     ctx.c(ctx.t(["Moniteur de perfusion PM-4", "Glacière de transport OrganBox", "Pompe hypothermique HP-2",
                                  "Capteur de pression jetable"],
                                 ["PM-4 perfusion monitor", "OrganBox transport cooler", "HP-2 hypothermic pump", "Disposable pressure sensor"])),
                     ctx.rng.randrange(1, 4), spaced(luhn_serial(ctx.rng), [3, 3, 3]), luhn_serial(ctx.rng, 10, "123456789")])
    m.subject = ctx.t("Bon de commande %s" % po, "Purchase order %s" % po)
    intro = ctx.t("Bonjour, veuillez traiter le bon de commande ci-dessous. Livraison au quai de réception, %s." % SITES[1][0],
                  "Hello, please process the PO below. Deliver to the loading dock, %s." % SITES[1][1])
    if ctx.chance(0.5):
        m.blocks = [intro, ("table", hdr, rows), sig_block(ctx, buyer)]
    else:
        m.blocks = [intro.replace("ci-dessous", "ci-joint").replace("below", "attached"), sig_block(ctx, buyer)]
        if ctx.chance(0.5):
            m.atts.append(Att("%s.csv" % po, "text/csv", csv_bytes([hdr] + rows, sep=";" if fr else ","), cte=ctx.c(["7bit", "base64"])
                              if not fr else "base64"))
        else:
            m.atts.append(Att("%s.xlsx" % po, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                              xlsx_bytes([("PO", [hdr] + rows)])))
    return m


# ------------------------------------------------------------------ N10 inventory
def n_inventory(ctx):
    fr = ctx.lang == "fr"
    tech = [s for s in STAFF if s[1] == "Fortier"][0]
    m = ctx.msg("inventory", False, ctx.t("inventaire mensuel des trousses et solutions", "monthly kit and solution inventory"),
                sender=tech, to=[shared("coordination.don")])
    hdr = ctx.t(["Produit", "Lot", "Péremption", "Qté", "Emplacement"], ["Product", "Lot", "Expiry", "Qty", "Location"])
    prods = ctx.t(["Solution SPS-1 1 L", "Solution HTK 1 L", "Trousse canulation aortique", "Sacs stériles triple", "Glace stérile (sachets)",
                   "Tubes ACD pour typage HLA"],
                  ["SPS-1 solution 1 L", "HTK solution 1 L", "Aortic cannulation kit", "Sterile triple bags", "Sterile slush packs",
                   "ACD tubes for HLA typing"])
    rows = []
    for pr in prods:
        exp = ctx.day(ctx.rng.randrange(30, 600))
        rows.append([pr, mod97_lot(ctx.rng, exp) if ctx.chance(0.5) else luhn_serial(ctx.rng, 10, "123456789"),
                     ctx.date(exp, "iso"), ctx.rng.randrange(0, 40), ctx.c(["SO-3", "Pharmacie", "Chambre froide B", "Armoire coordo"])])
    m.subject = ctx.t("Inventaire %s" % ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                                         "novembre", "décembre"][ctx.when.month - 1], "Inventory %s" % ctx.when.strftime("%B"))
    m.blocks = [ctx.t("Inventaire du mois; 2 produits sous le seuil (commandés).", "Monthly inventory; 2 items below par (ordered)."),
                ("sig", [staff_name(tech, ctx.lang, False), staff_role(tech, ctx.lang)])]
    m.atts.append(Att(ctx.t("inventaire.csv", "inventory.csv"), "text/csv", csv_bytes([hdr] + rows, sep=";" if fr else ",", bom=fr),
                      cte=ctx.c(["base64", "quoted-printable"])))
    return m


# ------------------------------------------------------------------ N11 IT notice
def n_it(ctx):
    fr = ctx.lang == "fr"
    it = [s for s in STAFF if s[1] == "Guay"][0]
    m = ctx.msg("it_notice", False, ctx.t("avis informatique", "IT notice"), sender=mailbox("ti", ctx.t("Service des TI", "IT Service Desk")),
                to=[mailbox("tous.prdt")])
    kind = ctx.c(["downtime", "module", "password", "phishing"])
    d = ctx.day(ctx.rng.randrange(2, 12))
    if kind == "downtime":
        m.subject = ctx.t("Interruption planifiée - dossier clinique informatisé", "Planned downtime - electronic health record")
        txt = [ctx.t("Le DCI sera indisponible le %s de 1 h à 4 h. Utilisez les formulaires papier de contingence (niveaux de tacrolimus : "
                     "appeler le laboratoire au poste 3320)." % fmt_day(d, "fr"),
                     "The EHR will be unavailable on %s from 01:00 to 04:00. Use paper downtime forms (tacrolimus levels: call the lab at ext. 3320)."
                     % fmt_day(d, "en"))]
    elif kind == "module":
        m.subject = ctx.t("Nouveau module Liste d'attente - formation", "New Waitlist module - training")
        txt = [ctx.t("Le module de gestion de la liste d'attente sera déployé le %s. %s (analyste) offrira des formations de 30 minutes."
                     % (fmt_day(d, "fr"), staff_name(it, "fr", False)),
                     "The waitlist management module goes live on %s. %s (analyst) will run 30-minute training sessions."
                     % (fmt_day(d, "en"), staff_name(it, "en", False))),
               ("list", ctx.t(["Mardi 10 h, salle 4B", "Mercredi 14 h, Teams", "Jeudi 8 h, salle 4B"],
                              ["Tuesday 10:00, room 4B", "Wednesday 14:00, Teams", "Thursday 08:00, room 4B"]))]
    elif kind == "password":
        m.to = [as_staff(ctx)]
        m.subject = ctx.t("Votre mot de passe expire dans 5 jours", "Your password expires in 5 days")
        txt = [ctx.t("Votre mot de passe réseau expire bientôt. Changez-le via le portail libre-service. Billet #%d." % ctx.rng.randrange(100000, 999999),
                     "Your network password expires soon. Change it from the self-service portal. Ticket #%d." % ctx.rng.randrange(100000, 999999))]
    else:
        m.subject = ctx.t("ALERTE hameçonnage - faux courriel « résultats de laboratoire »", "PHISHING ALERT - fake 'lab results' e-mail")
        txt = [ctx.t("Un courriel frauduleux circule avec l'objet « Résultats de laboratoire disponibles ». Ne cliquez pas sur le lien; supprimez-le.",
                     "A fraudulent e-mail titled 'Lab results available' is circulating. Do not click the link; delete it.")]
    m.blocks = txt + [("sig", [ctx.t("Centre de services TI", "IT Service Desk"), "poste 5555" if fr else "ext. 5555", "ti@rsbl.example"])]
    if ctx.chance(0.4):
        m.prefs["structure"] = "html"
    return m


# ------------------------------------------------------------------ N12 facilities
def n_facilities(ctx):
    fr = ctx.lang == "fr"
    fm = [s for s in STAFF if s[1] == "Kerr"][0]
    m = ctx.msg("facilities", False, ctx.t("avis des installations matérielles", "facilities notice"), sender=fm, to=[mailbox("tous.prdt")])
    d = ctx.day(ctx.rng.randrange(2, 15))
    kind = ctx.c(["helipad", "elevator", "parking", "power"])
    txt = {"helipad": ctx.t("L'héliport du %s sera fermé le %s pour inspection. Les transports d'organes par hélicoptère seront redirigés vers l'aéroport régional."
                            % (SITES[0][2], fmt_day(d, "fr")),
                            "The %s helipad is closed on %s for inspection. Organ transports by helicopter will use the regional airport." % (SITES[0][2], fmt_day(d, "en"))),
           "elevator": ctx.t("L'ascenseur 3 (accès bloc opératoire) est en entretien le %s de 7 h à 15 h." % fmt_day(d, "fr"),
                             "Elevator 3 (OR access) is under maintenance on %s from 07:00 to 15:00." % fmt_day(d, "en")),
           "parking": ctx.t("Deux espaces réservés au véhicule de transport d'organes sont ajoutés au stationnement P2 (niveau 1, près de l'urgence).",
                            "Two spaces reserved for the organ transport vehicle have been added in lot P2 (level 1, near the ED)."),
           "power": ctx.t("Essai de la génératrice le %s à 6 h : brève interruption de l'éclairage dans l'aile C." % fmt_day(d, "fr"),
                          "Generator test on %s at 06:00: brief lighting interruption in wing C." % fmt_day(d, "en"))}[kind]
    m.subject = ctx.t("Avis - %s" % {"helipad": "fermeture héliport", "elevator": "ascenseur 3", "parking": "stationnement P2", "power": "essai génératrice"}[kind],
                      "Notice - %s" % {"helipad": "helipad closure", "elevator": "elevator 3", "parking": "lot P2", "power": "generator test"}[kind])
    m.blocks = [txt, sig_block(ctx, fm, SITES[0])]
    return m


# ------------------------------------------------------------------ N13 aggregate statistics
def n_stats(ctx):
    fr = ctx.lang == "fr"
    mgr = ctx.staff(role="mgr")
    m = ctx.msg("statistics", False, ctx.t("statistiques agrégées de don et de greffe", "aggregate donation and transplant statistics"),
                sender=mgr, to=[mailbox("direction")], cc=[mailbox("qualite")])
    hdr = ctx.t(["Installation", "Décès aux SI", "Références", "Donneurs potentiels", "Donneurs effectifs", "Taux de conversion"],
                ["Site", "ICU deaths", "Referrals", "Potential donors", "Actual donors", "Conversion rate"])
    rows = []
    for s in SITES:
        dd = ctx.rng.randrange(40, 160)
        ref = int(dd * ctx.rng.uniform(0.6, 0.95))
        pot = ctx.rng.randrange(5, 25)
        act = ctx.rng.randrange(1, pot)
        rows.append([s[2], dd, ref, pot, act, "%d %%" % (100 * act // pot)])
    extra = ctx.t("Niveau médian de tacrolimus à 3 mois (n = %d greffés rénaux) : 7,1 µg/L (EIQ 5,8-8,9). 12 %% des patients hors cible."
                  % ctx.rng.randrange(40, 90),
                  "Median 3-month tacrolimus trough (n = %d kidney recipients): 7.1 ng/mL (IQR 5.8-8.9). 12%% of patients out of range."
                  % ctx.rng.randrange(40, 90))
    q = (ctx.when.month - 1) // 3 + 1
    m.subject = ctx.t("Indicateurs T%d - don d'organes" % q, "Q%d indicators - organ donation" % q)
    m.blocks = [ctx.t("Bonjour, voici les indicateurs trimestriels (données agrégées, aucun renseignement nominatif).",
                      "Hello, quarterly indicators below (aggregate data, no identifying information)."),
                ("table", hdr, rows), extra, sig_block(ctx, mgr)]
    if ctx.chance(0.4):
        m.atts.append(Att(ctx.t("indicateurs_T%d.xlsx" % q, "indicators_Q%d.xlsx" % q),
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx_bytes([("T%d" % q, [hdr] + rows)])))
    return m


TEMPLATES = [n_oncall, n_leave, n_payroll, n_occ_health, n_newsletter, n_conference, n_job, n_invoice, n_purchase_order,
             n_inventory, n_it, n_facilities, n_stats]
