# -*- coding: utf-8 -*-
"""Negative (non-confidential) templates, part A: newsletters, schedules, payroll,
HR, occupational health, job postings and candidates, committees, conferences,
invoices, purchase orders, inventories."""
import datetime as dt
import html as _h

import gen_common as C
import gen_docs as D
from gen_ctx import A

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CANDIDATES = [("Maude", "Lafrenière"), ("Tanya", "Okonkwo"), ("Rébecca", "Giroux"), ("Jordan", "Whitfield"),
              ("Sarah-Maude", "Quintal"), ("Aleksandra", "Nowak")]


def _dist(x):
    return (x.t("Personnel — Mère-enfant", "Mother-child staff"), "personnel-mereenfant@" + C.DOM)


# ---------------------------------------------------------------- N1 newsletter
def n_newsletter(x):
    mfm, ibclc, vet, ed = x.role("ob"), x.role("ibclc"), x.role("rn", "mw"), x.role("edu")
    no = x.rng.randrange(8, 40)
    if x.fr:
        items = [
            ("Bienvenue", "Nous accueillons %s, %s, qui prendra en charge les grossesses avec diabète prégestationnel, "
             "lupus ou antécédent de prééclampsie sévère. Ses cliniques ont lieu les mardis." % (C.dr(mfm, "fr"), mfm[3])),
            ("Allaitement", "Le taux d'allaitement exclusif au congé atteint %d %% ce trimestre (cible 75 %%). Merci à %s "
             "et à l'équipe de consultantes en lactation." % (x.rng.randrange(62, 80), ibclc[0] + " " + ibclc[1])),
            ("Félicitations", "%s %s célèbre %d ans de service à l'unité des naissances !" % (
                "Mme" if vet[2] == "F" else "M.", vet[0] + " " + vet[1], x.rng.randrange(15, 32))),
            ("À retenir", "Semaine mondiale de l'allaitement du 1er au 7 octobre ; kiosque au hall principal. "
             "Formation PRN (réanimation néonatale) : inscriptions auprès de %s." % (ed[0] + " " + ed[1])),
        ]
        title = "Infolettre périnatalité — no %d" % no
    else:
        items = [
            ("Welcome", "Please welcome %s, %s, who will follow pregnancies complicated by pre-existing diabetes, lupus "
             "or previous severe pre-eclampsia. Clinics run on Tuesdays." % (C.dr(mfm, "en"), mfm[4])),
            ("Breastfeeding", "Exclusive breastfeeding at discharge reached %d%% this quarter (target 75%%). Thanks to %s "
             "and the lactation team." % (x.rng.randrange(62, 80), ibclc[0] + " " + ibclc[1])),
            ("Congratulations", "%s %s celebrates %d years on the birthing unit!" % (
                "Ms." if vet[2] == "F" else "Mr.", vet[0] + " " + vet[1], x.rng.randrange(15, 32))),
            ("Save the date", "World Breastfeeding Week runs Oct 1-7; booth in the main lobby. "
             "NRP recertification: register with %s." % (ed[0] + " " + ed[1])),
        ]
        title = "Perinatal newsletter — issue %d" % no
    text = title + "\n\n" + "\n\n".join("%s\n%s" % (h.upper(), b) for h, b in items) + "\n\n" + \
        x.t("Pour vous désabonner, répondez « retrait ».", "To unsubscribe, reply 'remove'.") + "\n" + \
        (C.ORG_FR if x.fr else C.ORG_EN) + " — " + C.ADDR_CLINIC[0] + "\n"
    html = ("<html><body style=\"font-family:Georgia,serif\"><h1 style=\"color:#7a2f5b\">%s</h1>" % _h.escape(title)
            + "".join("<h3>%s</h3><p>%s</p>" % (_h.escape(h), _h.escape(b)) for h, b in items)
            + "<hr><p style=\"font-size:9pt\">%s<br>%s</p></body></html>" % (
                _h.escape(C.ORG_FR if x.fr else C.ORG_EN), _h.escape(C.ADDR_CLINIC[0])))
    return x.mail(category="newsletter", note=x.t("infolettre du département", "department newsletter"),
                  frm=(x.t("Communications", "Communications"), "communications@" + C.DOM), to=[_dist(x)],
                  subject=title, text=text, html=html, structure=x.pick(["alt", "html"]))


# ---------------------------------------------------------------- N2 on-call schedule (XLSX)
def n_schedule(x):
    mgr = x.role("mgr")
    team = [s for s in C.STAFF if any(k in s[3] for k in ("sage-femme", "obst", "infirmière"))]
    start = x.today + dt.timedelta(days=(7 - x.today.weekday()))
    rows = [[x.t("Date", "Date"), x.t("Jour", "Day shift"), x.t("Nuit", "Night shift"), x.t("Téléavertisseur", "Pager")]]
    for i in range(7):
        d = start + dt.timedelta(days=i)
        a, b = x.rng.sample(team, 2)
        rows.append([d.isoformat(), a[0] + " " + a[1], b[0] + " " + b[1], "450-555-01%02d" % x.rng.randrange(100)])
    data = D.xlsx_file(x.t("Garde", "On-call"), rows)
    text = x.t("Bonjour,\n\nHoraire de garde de la semaine du %s en pièce jointe. Les échanges doivent être approuvés "
               "par moi avant vendredi midi.\n\n%s\n",
               "Hi all,\n\nOn-call schedule for the week of %s is attached. Swaps must be approved by me before Friday noon.\n\n%s\n") % (
        x.date(start), x.sig(mgr))
    return x.mail(category="schedule", note=x.t("horaire de garde en XLSX", "on-call schedule in XLSX"),
                  frm=x.who(mgr), to=[_dist(x)], subject=x.t("Horaire de garde — semaine du %s", "On-call — week of %s") % x.date(start),
                  text=text, atts=[A(x.t("horaire_garde_%s.xlsx", "oncall_%s.xlsx") % start.isoformat(), XLSX, data)])


# ---------------------------------------------------------------- N3 payroll
def n_payroll(x):
    pay = [s for s in C.STAFF if "paie" in s[3]][0]
    emp = x.staff()
    mat = C.luhn_serial(x.rng, 9)
    if x.fr:
        text = ("Bonjour %s,\n\nUne correction sera appliquée sur la paie du %s :\n  Matricule : %s\n  Prime de garde (sages-femmes) : %d h x 4,15 $\n"
                "  Temps supplémentaire du %s : %d h à taux et demi\n  Montant brut ajusté : %s $\n\n"
                "Le relevé détaillé sera disponible dans Logibec Paie. Pour toute question, poste 2231.\n\n%s\n") % (
            emp[0], x.date(x.days(x.rng.randrange(3, 12))), mat, x.rng.randrange(8, 40), x.date(x.days(-x.rng.randrange(5, 20))),
            x.rng.randrange(2, 9), "{:,.2f}".format(x.rng.uniform(120, 900)).replace(",", " ").replace(".", ","), x.sig(pay))
        subj = "Correction de paie — prime de garde"
    else:
        text = ("Hi %s,\n\nA correction will be applied to the %s pay:\n  Employee no.: %s\n  On-call premium: %d h x $4.15\n"
                "  Overtime on %s: %d h at time and a half\n  Adjusted gross: $%s\n\n"
                "Your detailed statement will be in the payroll portal. Questions: ext. 2231.\n\n%s\n") % (
            emp[0], x.date(x.days(x.rng.randrange(3, 12))), mat, x.rng.randrange(8, 40), x.date(x.days(-x.rng.randrange(5, 20))),
            x.rng.randrange(2, 9), "{:,.2f}".format(x.rng.uniform(120, 900)), x.sig(pay))
        subj = "Pay correction - on-call premium"
    return x.mail(category="payroll", note=x.t("correction de paie d'une employée", "employee pay correction"),
                  frm=x.who(pay), to=[x.who(emp)], subject=subj, text=text)


# ---------------------------------------------------------------- N4 staff maternity leave (HR)
def n_leave(x):
    hr = [s for s in C.STAFF if "RH" in s[3]][0]
    emp = x.pick([s for s in C.STAFF if s[2] == "F"])
    mgr = x.role("mgr")
    edd = x.days(x.rng.randrange(40, 140))
    if x.fr:
        text = ("Bonjour %s,\n\nNous avons bien reçu la demande de congé de maternité de %s (%s).\n"
                "Date prévue d'accouchement déclarée : %s. Le retrait préventif (programme Pour une maternité sans danger) "
                "est en vigueur depuis le %s.\nDébut du congé RQAP : %s. Merci de prévoir le remplacement à l'horaire.\n\n%s\n") % (
            mgr[0], emp[0] + " " + emp[1], emp[3], x.date(edd), x.date(x.days(-x.rng.randrange(10, 60))),
            x.date(edd - dt.timedelta(days=x.rng.randrange(7, 28))), x.sig(hr))
        subj = "Congé de maternité — planification du remplacement"
    else:
        text = ("Hi %s,\n\nWe received the maternity leave request from %s (%s).\n"
                "Declared due date: %s. Preventive withdrawal has been in effect since %s.\n"
                "Parental insurance leave starts %s. Please plan the replacement in the schedule.\n\n%s\n") % (
            mgr[0], emp[0] + " " + emp[1], emp[4], x.date(edd), x.date(x.days(-x.rng.randrange(10, 60))),
            x.date(edd - dt.timedelta(days=x.rng.randrange(7, 28))), x.sig(hr))
        subj = "Maternity leave - replacement planning"
    return x.mail(category="hr", note=x.t("congé de maternité d'une employée", "staff maternity leave"),
                  frm=x.who(hr), to=[x.who(mgr)], subject=subj, text=text)


# ---------------------------------------------------------------- N5 occupational health (staff)
def n_occhealth(x):
    sst = x.role("sst")
    emp = x.staff()
    kind = x.pick(["rtw", "flu", "fit", "exposure"])
    if kind == "rtw":
        text = x.t("Bonjour,\n\nRetour progressif au travail de %s à compter du %s (suite à une entorse lombaire) : "
                   "4 h/jour la 1re semaine, aucun soulèvement de plus de 10 kg, pas de mobilisation de patientes seule.\n\n"
                   "Santé et sécurité au travail — poste 2450\n",
                   "Hello,\n\nGraduated return to work for %s starting %s (after a low-back strain): "
                   "4 h/day in week 1, no lifting over 10 kg, no solo patient transfers.\n\nOccupational Health — ext. 2450\n") % (
            emp[0] + " " + emp[1], x.date(x.days(x.rng.randrange(2, 14))))
        subj = x.t("Retour progressif — restrictions", "Graduated return - restrictions")
    elif kind == "flu":
        text = x.t("Clinique de vaccination antigrippale pour le personnel : mardi et jeudi, 7 h à 9 h et 15 h à 17 h, "
                   "salle 1-040. Apportez votre carte d'employé. Les travailleuses enceintes sont invitées à en parler "
                   "à la santé au travail.\n\nSanté au travail\n",
                   "Staff flu clinic: Tuesday and Thursday, 7-9 am and 3-5 pm, room 1-040. Bring your staff ID. "
                   "Pregnant employees are welcome to speak with Occupational Health first.\n\nOccupational Health\n")
        subj = x.t("Vaccination antigrippale du personnel", "Staff flu vaccination")
    elif kind == "fit":
        text = x.t("Rappel : les tests d'ajustement N95 (modèles 1870+ et 8210) sont obligatoires pour le personnel de "
                   "l'unité des naissances avant le %s. Liste des plages dans le portail.\n",
                   "Reminder: N95 fit testing (1870+ and 8210 models) is mandatory for birthing unit staff before %s. "
                   "Time slots are in the portal.\n") % x.date(x.days(21))
        subj = x.t("Tests d'ajustement N95", "N95 fit testing")
    else:
        text = x.t("Procédure en cas d'exposition au sang ou liquides biologiques (personnel) : laver, déclarer à "
                   "l'assistante-infirmière-chef, se présenter à l'urgence dans les 2 h. Le formulaire AT-1 est à l'intranet.\n",
                   "Staff blood and body-fluid exposure procedure: wash, report to the charge nurse, go to the ED within 2 h. "
                   "The incident form is on the intranet.\n")
        subj = x.t("Rappel — exposition aux liquides biologiques", "Reminder - body-fluid exposure")
    return x.mail(category="occupational_health", note=x.t("santé au travail du personnel", "staff occupational health"),
                  frm=x.who(sst), to=[_dist(x)] if kind != "rtw" else [x.who(x.role("mgr"))], subject=subj, text=text + "\n" + x.sig(sst))


# ---------------------------------------------------------------- N6 job posting
def n_job(x):
    hr = [s for s in C.STAFF if "RH" in s[3]][0]
    role = x.pick([(x.t("Consultante en lactation IBCLC", "IBCLC lactation consultant"), "IBCLC"),
                   (x.t("Sage-femme — maison de naissance", "Midwife - birth centre"), "OSFQ"),
                   (x.t("Infirmière clinicienne — unité des naissances", "Clinical nurse - birthing unit"), "OIIQ")])
    no = "%s-%04d" % (x.today.year, x.rng.randrange(1, 9999))
    text = x.t("AFFICHAGE %s — %s\n\nPoste permanent, temps complet, rotation jour/soir.\n"
               "Exigences : membre de l'%s ; expérience en travail et accouchement, prise en charge de la prééclampsie "
               "et de l'hémorragie post-partum ; PRN à jour.\nAtout : anglais fonctionnel.\n\n"
               "Pour postuler : carrieres@%s avant le %s.\n%s\n%s\n",
               "POSTING %s — %s\n\nPermanent full-time, day/evening rotation.\n"
               "Requirements: %s registration; labour and delivery experience including management of pre-eclampsia "
               "and postpartum haemorrhage; current NRP.\nAsset: working French.\n\n"
               "Apply to carrieres@%s before %s.\n%s\n%s\n") % (
        no, role[0], role[1], C.DOM, x.date(x.days(21)), x.pick(C.ADDR_CLINIC), x.pick(C.CLINIC_PHONE))
    return x.mail(category="jobposting", note=x.t("affichage de poste", "job posting"),
                  frm=x.who(hr), to=[_dist(x)], subject=x.t("Affichage %s", "Posting %s") % no, text=text + "\n" + x.sig(hr),
                  structure=x.pick(["plain", "alt"]))


# ---------------------------------------------------------------- N7 job candidate CV
def n_candidate(x):
    hr = [s for s in C.STAFF if "RH" in s[3]][0]
    mgr = x.role("mgr", "ibclc")
    g, s = x.pick(CANDIDATES)
    phone = C.personal_phone(x.rng)
    addr = C.home_address(x.rng)
    paras = ["%s %s" % (g, s), addr, phone, "%s.%s@mail.example" % (C.strip_accents(g).lower(), C.strip_accents(s).lower()),
             x.t("Expérience", "Experience"),
             x.t("2019-2025 : infirmière, unité mère-enfant, Hôpital du Littoral — soins post-partum, suivi de l'ictère néonatal",
                 "2019-2025: nurse, mother-baby unit, Littoral Hospital — postpartum care, neonatal jaundice follow-up"),
             x.t("Formation : baccalauréat en sciences infirmières ; certification IBCLC 2023",
                 "Education: BScN; IBCLC certification 2023")]
    data = D.docx_file("Curriculum vitae", paras, author="%s %s" % (g, s))
    text = x.t("Bonjour %s,\n\nVoici le CV d'une candidate pour l'affichage de consultante en lactation. "
               "Entrevue proposée le %s à 10 h. Ses références ont été vérifiées.\n\n%s\n",
               "Hi %s,\n\nHere is a candidate's CV for the lactation consultant posting. Proposed interview %s at 10 am. "
               "References checked.\n\n%s\n") % (mgr[0], x.date(x.days(x.rng.randrange(3, 12))), x.sig(hr))
    return x.mail(category="candidate", note=x.t("CV d'une candidate", "job candidate CV"),
                  frm=x.who(hr), to=[x.who(mgr)], subject=x.t("Candidature — %s %s", "Application — %s %s") % (g, s),
                  text=text, atts=[A("CV_%s_%s.docx" % (C.strip_accents(g), C.strip_accents(s)), DOCX, data)])


# ---------------------------------------------------------------- N8 committee notice
def n_committee(x):
    chair, sec = x.role("ob"), x.role("clerk")
    d = x.days(x.rng.randrange(5, 20))
    if x.fr:
        items = ["Adoption du procès-verbal du %s" % x.date(x.days(-30)),
                 "Protocole HPP révisé (présenté par %s)" % C.dr(chair, "fr"),
                 "Revue de 2 cas dépersonnalisés : dystocie des épaules ; éclampsie du post-partum",
                 "Statistiques du trimestre : césariennes, HPP, déchirures 3e-4e degré",
                 "Varia — Mme %s : retour sur l'audit des feuilles de surveillance fœtale" % (sec[0] + " " + sec[1])]
        text = ("Comité de périnatalité — avis de convocation\n\nDate : %s, 12 h à 13 h 30\nLieu : salle 2-114 et Teams\n\n"
                "Ordre du jour\n%s\n\n%s\n") % (C.day_fr(d), "\n".join("%d. %s" % (i + 1, t) for i, t in enumerate(items)), x.sig(sec))
        subj = "Convocation — Comité de périnatalité"
    else:
        items = ["Approval of minutes of %s" % x.date(x.days(-30)),
                 "Revised PPH protocol (presented by %s)" % C.dr(chair, "en"),
                 "Review of 2 de-identified cases: shoulder dystocia; postpartum eclampsia",
                 "Quarterly statistics: caesarean rate, PPH, 3rd/4th-degree tears",
                 "Other business - Ms. %s: fetal monitoring chart audit" % (sec[0] + " " + sec[1])]
        text = ("Perinatal Committee - notice of meeting\n\nDate: %s, 12:00-13:30\nPlace: room 2-114 and Teams\n\n"
                "Agenda\n%s\n\n%s\n") % (C.day_en(d), "\n".join("%d. %s" % (i + 1, t) for i, t in enumerate(items)), x.sig(sec))
        subj = "Notice - Perinatal Committee"
    return x.mail(category="committee", note=x.t("convocation de comité", "committee notice"),
                  frm=x.who(sec), to=[(x.t("Comité de périnatalité", "Perinatal committee"), "comite-perinat@" + C.DOM)],
                  subject=subj, text=text)


# ---------------------------------------------------------------- N9 conference programme (PDF)
def n_conference(x):
    sp = x.role("ob", "ped", "mw", "ibclc", "fam", k=4)
    org = x.role("edu")
    topics = [x.t("Prééclampsie sévère : nouveautés 2025", "Severe pre-eclampsia: 2025 update"),
              x.t("Diabète gestationnel et cibles glycémiques", "Gestational diabetes and glycaemic targets"),
              x.t("Hémorragie post-partum : simulation in situ", "Postpartum haemorrhage: in-situ simulation"),
              x.t("Ankyloglossie et allaitement", "Tongue-tie and breastfeeding"),
              x.t("Dépression périnatale : dépistage EPDS", "Perinatal depression: EPDS screening"),
              x.t("Ictère néonatal : courbes de photothérapie", "Neonatal jaundice: phototherapy curves")]
    x.rng.shuffle(topics)
    lines = [x.t("Journée scientifique en périnatalité", "Perinatal Science Day"), x.date(x.days(40)) + " — " + C.ADDR_CLINIC[1], ""]
    t0 = 8
    for i, s in enumerate(sp):
        lines.append("%02d:%02d  %s — %s" % (t0 + i, 30, C.dr(s, x.lang), topics[i]))
    lines += ["", x.t("Inscription : congres@congres-perinat.example — 6 heures de formation accréditées",
                      "Registration: congres@congres-perinat.example — 6 accredited CME hours")]
    data = D.pdf(x.t("Programme", "Programme"), lines)
    text = x.t("Bonjour,\n\nVoici le programme de la Journée scientifique. Places limitées !\n\n%s\n",
               "Hello,\n\nThe Perinatal Science Day programme is attached. Seats are limited!\n\n%s\n") % x.sig(org)
    return x.mail(category="conference", note=x.t("programme de journée scientifique", "conference programme"),
                  frm=x.who(org), to=[_dist(x)], subject=x.t("Programme — Journée scientifique", "Programme - Science Day"),
                  text=text, atts=[A(x.t("programme_journée.pdf", "programme.pdf"), "application/pdf", data,
                                     fname_enc=x.pick([None, "2231"]))])


# ---------------------------------------------------------------- N10 invoice (PDF)
def n_invoice(x):
    buyer = [s for s in C.STAFF if "procurement" in s[4]][0]
    inv = "F-%d-%05d" % (x.today.year, x.rng.randrange(1, 99999))
    items = [(x.t("Tire-lait Symphony (location 30 j)", "Symphony breast pump (30-day rental)"), 2, 189.00),
             (x.t("Moniteur fœtal Série 50 — entretien préventif", "Series 50 fetal monitor - preventive maintenance"), 1, 420.00),
             (x.t("Lampe de photothérapie à DEL", "LED phototherapy lamp"), 1, 2875.50),
             (x.t("Balance néonatale numérique", "Digital neonatal scale"), 3, 612.40)]
    sel = x.rng.sample(items, 3)
    lines = [x.t("Médéco Fournitures inc. — FACTURE", "Medeco Supplies Inc. — INVOICE"),
             "%s %s    %s %s" % (x.t("No facture :", "Invoice no.:"), inv, x.t("Date :", "Date:"), x.date(x.today)),
             "%s %d" % (x.t("No client :", "Customer no.:"), x.rng.randrange(10000, 99999)),
             x.t("Facturer à : ", "Bill to: ") + C.ORG_FR + ", " + C.ADDR_CLINIC[0], ""]
    tot = 0
    for d, q, p in sel:
        sn = C.luhn_serial(x.rng, 10)
        lines.append("%s  x%d  %.2f $  (%s %s)" % (d, q, q * p, x.t("no série", "S/N"), sn))
        tot += q * p
    lines += ["", "%s %.2f $" % (x.t("Sous-total :", "Subtotal:"), tot), "TPS 5 %%: %.2f $" % (tot * .05),
              "TVQ 9,975 %%: %.2f $" % (tot * .09975),
              x.t("No TPS : 81234 5678 RT0001   No TVQ : 1023456789 TQ0001", "GST no.: 81234 5678 RT0001   QST no.: 1023456789 TQ0001"),
              x.t("Paiement net 30 jours", "Net 30 days")]
    data = D.pdf(x.t("Facture", "Invoice"), lines, author="Medeco")
    text = x.t("Bonjour,\n\nVeuillez trouver ci-joint la facture %s. Merci de votre confiance.\n\nComptes recevables — Médéco Fournitures\n514-555-0177\n",
               "Hello,\n\nPlease find invoice %s attached. Thank you for your business.\n\nAccounts receivable — Medeco Supplies\n514-555-0177\n") % inv
    return x.mail(category="invoice", note=x.t("facture de fournisseur", "supplier invoice"),
                  frm=(x.t("Comptes recevables Médéco", "Medeco AR"), "ar@medeco-fournitures.example"), to=[x.who(buyer)],
                  subject=x.t("Facture %s", "Invoice %s") % inv, text=text, atts=[A("%s.pdf" % inv, "application/pdf", data)])


# ---------------------------------------------------------------- N11 purchase order
def n_po(x):
    buyer = [s for s in C.STAFF if "buyer" in s[4]][0]
    po = "BC-%06d" % x.rng.randrange(1, 999999)
    rows = [[x.t("Article", "Item"), x.t("Code", "Code"), x.t("Qté", "Qty"), x.t("Prix unitaire", "Unit price")],
            [x.t("Électrodes de scalp fœtal", "Fetal scalp electrodes"), "FSE-%s" % C.luhn_serial(x.rng, 8), 50, 11.25],
            [x.t("Ventouses Kiwi OmniCup", "Kiwi OmniCup vacuum"), "KW-%s" % C.luhn_serial(x.rng, 8), 10, 96.00],
            [x.t("Tubulures pour tire-lait", "Breast pump kits"), "BPK-%s" % C.luhn_serial(x.rng, 8), 200, 6.40],
            [x.t("Bracelets d'identification mère-bébé", "Mother-baby ID bands"), "IDB-%s" % C.luhn_serial(x.rng, 8), 500, 0.85]]
    data = D.xlsx_file(po, rows)
    text = x.t("Bonjour,\n\nBon de commande %s ci-joint. Livraison au quai B, attention : magasin central, avant le %s.\n\n%s\n",
               "Hello,\n\nPurchase order %s attached. Deliver to dock B, attn: central stores, before %s.\n\n%s\n") % (
        po, x.date(x.days(14)), x.sig(buyer))
    return x.mail(category="purchase_order", note=x.t("bon de commande", "purchase order"),
                  frm=x.who(buyer), to=[("OrderPoint Medical", "orders@orderpoint-medical.example")],
                  subject=x.t("Bon de commande %s", "Purchase order %s") % po, text=text,
                  atts=[A("%s.xlsx" % po, XLSX, data)])


# ---------------------------------------------------------------- N12 inventory (CSV)
def n_inventory(x):
    ph = x.pick([s for s in C.STAFF if "pharm" in s[3]])
    sep = x.pick([";", ","])
    meds = [("Oxytocine 10 U/mL", "Oxytocin 10 U/mL"), ("Carboprost 250 µg/mL", "Carboprost 250 mcg/mL"),
            ("Rhophylac 300 µg", "Rhophylac 300 mcg"), ("Misoprostol 25 µg", "Misoprostol 25 mcg"),
            ("Sulfate de magnésium 50 %", "Magnesium sulfate 50%"), ("Vitamine K 1 mg", "Vitamin K 1 mg"),
            ("Érythromycine onguent ophtalmique", "Erythromycin eye ointment"), ("Gel de dextrose 40 %", "Dextrose gel 40%")]
    rows = [[x.t("produit", "product"), x.t("lot", "lot"), x.t("péremption", "expiry"), x.t("qté", "qty"), x.t("emplacement", "location")]]
    for m in x.rng.sample(meds, 6):
        rows.append([m[0] if x.fr else m[1], C.luhn_serial(x.rng, x.pick([7, 9, 10])),
                     x.days(x.rng.randrange(60, 700)).strftime("%Y-%m"), x.rng.randrange(2, 60),
                     x.pick(["Pyxis UN-1", "Pyxis UN-2", x.t("frigo salle 4", "fridge rm 4")])])
    data = D.csv_text(rows, sep)
    text = x.t("Bonjour,\n\nInventaire mensuel des médicaments de l'unité des naissances (CSV). "
               "Les lots qui expirent dans moins de 90 jours sont à retourner.\n\n%s\n",
               "Hi,\n\nMonthly birthing-unit drug inventory (CSV). Lots expiring within 90 days should be returned.\n\n%s\n") % x.sig(ph)
    return x.mail(category="inventory", note=x.t("inventaire des médicaments de l'unité", "unit drug inventory"),
                  frm=x.who(ph), to=[x.who(x.role("mgr"))], subject=x.t("Inventaire mensuel — unité des naissances", "Monthly inventory - birthing unit"),
                  text=text, atts=[A(x.t("inventaire_%s.csv", "inventory_%s.csv") % x.today.strftime("%Y%m"), "text/csv", data,
                                     charset=x.pick(["windows-1252", "utf-8", "iso-8859-1"]),
                                     cte=x.pick(["quoted-printable", "base64", "8bit"]))])


TEMPLATES = {
    "newsletter": n_newsletter, "schedule": n_schedule, "payroll": n_payroll, "leave": n_leave,
    "occhealth": n_occhealth, "job": n_job, "candidate": n_candidate, "committee": n_committee,
    "conference": n_conference, "invoice": n_invoice, "po": n_po, "inventory": n_inventory,
}
