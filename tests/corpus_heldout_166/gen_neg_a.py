"""Hard negatives, part A: schedules, leave, payroll, newsletters, committees,
conferences, job postings, invoices, purchase orders, inventories, IT."""
import datetime
import html

import gen_attach as A
import gen_data as D
import gen_ids as I
import gen_text as T
from gen_neg_common import CANDIDATES, _L, gtin13, lot, luhn_serial, mod97_number, neg_spec, person


def _clinicians():
    return [s for s in D.STAFF if "IPS" in s[3] or "nurse practitioner" in s[4] or "médecin" in s[3] or "physician" in s[4]]


# ------------------------------------------------------------------ 1
def staff_schedule(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    mgr = T.staff_by_kw(rng, lang, "coordonnatrice", "office manager")
    month = ctx["when"].date().replace(day=1) + datetime.timedelta(days=32)
    month = month.replace(day=1)
    clin = _clinicians()
    rows = [[L("Date", "Date"), L("Jour", "Day"), L("SRV AM (8h-12h)", "Walk-in AM (8-12)"), L("SRV PM (13h-17h)", "Walk-in PM (1-5)"),
             L("Soir (17h-20h)", "Evening (5-8)"), L("Garde tél.", "Phone call")]]
    d = month
    while d.month == month.month:
        if d.weekday() < 5:
            picks = rng.sample(clin, 4)
            rows.append([d.isoformat(), I.weekday_fr(d) if lang == "fr" else I.weekday_en(d)] +
                        [f"{p[0]} {p[1]}" if rng.random() < 0.5 else f"{p[1]} {p[0][0]}." for p in picks])
        d += datetime.timedelta(days=1)
    data = A.make_xlsx([(L("Horaire", "Schedule"), rows)], author=f"{mgr['given']} {mgr['surname']}")
    mname = I.MOIS[month.month - 1] if lang == "fr" else I.MONTHS[month.month - 1]
    swap = rng.choice(clin)
    text = L(f"Bonjour à tous,\n\nVoici l'horaire du sans rendez-vous et des soirs pour {mname}. "
             f"{swap[0]} {swap[1]} a demandé d'échanger ses soirs du 2e vendredi; faites-moi signe si vous êtes disponibles.\n\n"
             "Rappel : toute modification passe par moi, pas directement par l'accueil.\n\n",
             f"Hi everyone,\n\nHere is the walk-in and evening schedule for {mname}. "
             f"{swap[0]} {swap[1]} would like to swap evenings on the 2nd Friday; let me know if you can take it.\n\n"
             "Reminder: all changes go through me, not directly through the front desk.\n\n") + T.signature(mgr, lang, rng)
    return neg_spec(lang, category="horaire" if lang == "fr" else "schedule",
                    note=L("horaire mensuel du sans rendez-vous", "monthly walk-in schedule"),
                    frm=T.na(mgr, lang), to=[(L("Équipe clinique", "Clinical team"), f"clinique@{D.ORG[lang]['domain']}")],
                    subject=L(f"Horaire SRV - {mname}", f"Walk-in schedule - {mname}"), text=text,
                    attachments=[{"filename": L(f"Horaire_SRV_{month.strftime('%Y-%m')}.xlsx", f"WalkIn_Schedule_{month.strftime('%Y-%m')}.xlsx"),
                                  "ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "data": data}])


# ------------------------------------------------------------------ 2
def leave_request(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    emp = person(rng)
    mgr = T.staff_by_kw(rng, lang, "coordonnatrice", "office manager", "directeur", "administrative director")
    a = I.add_days(ctx["when"].date(), rng.randint(20, 70))
    b = I.add_days(a, rng.randint(4, 13))
    reason = rng.choice([L("vacances annuelles", "annual vacation"), L("congé de paternité", "paternity leave"),
                         L("rendez-vous médical personnel (chirurgie d'un jour)", "personal medical appointment (day surgery)"),
                         L("mariage de ma sœur à Gaspé", "my sister's wedding in Gaspé")])
    orig = L(f"Bonjour {mgr['given']},\n\nJ'aimerais prendre congé du {I.fmt_date(a, lang, 'long')} au {I.fmt_date(b, lang, 'long')} "
             f"({reason}). J'ai déjà vérifié avec {person(rng, False)['given']} pour me remplacer à l'accueil le matin.\n\nMerci,\n{emp['given']}",
             f"Hi {mgr['given']},\n\nI'd like to take leave from {I.fmt_date(a, lang, 'long')} to {I.fmt_date(b, lang, 'long')} "
             f"({reason}). I already checked with {person(rng, False)['given']} to cover the front desk in the mornings.\n\nThanks,\n{emp['given']}")
    reply = rng.choice([L("Accepté, c'est noté dans le calendrier des absences. Bonnes vacances d'avance!",
                          "Approved, it's in the absence calendar. Enjoy!"),
                        L("Ok pour moi sauf le lundi, on a la formation DMÉ. Peux-tu décaler d'une journée?",
                          "Fine except the Monday, we have EMR training. Could you shift by a day?")])
    text = reply + "\n\n" + mgr["given"] + "\n\n" + T.quote(orig, (f"{emp['given']} {emp['surname']}", T.email_of(emp, lang)),
                                                              ctx["when"] - datetime.timedelta(days=1, hours=2), lang, rng=rng)
    return neg_spec(lang, category="conge" if lang == "fr" else "leave", note=L("demande de congé d'une employée", "staff leave request"),
                    frm=T.na(mgr, lang), to=[(f"{emp['given']} {emp['surname']}", T.email_of(emp, lang))],
                    subject=L("RE: Demande de congé", "RE: Leave request"), text=text,
                    in_reply_to=f"<{rng.randrange(16 ** 12):012x}@{D.ORG[lang]['domain']}>")


# ------------------------------------------------------------------ 3
def payroll(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    pay = T.staff_by_kw(rng, lang, "paie", "payroll")
    d = ctx["when"].date()
    variant = rng.randrange(3)
    if variant == 0:
        text = L(f"Bonjour à toutes et à tous,\n\nLes talons de paie de la période se terminant le {I.fmt_date(d, lang, 'long')} "
                 "sont disponibles dans le portail employé. Rappel : les feuilles de temps des heures de soir doivent être signées "
                 "par le médecin responsable avant jeudi midi.\n\nLes relevés 1 et T4 seront disponibles fin février.\n\n",
                 f"Hello all,\n\nPay stubs for the period ending {I.fmt_date(d, lang, 'long')} are available on the employee portal. "
                 "Reminder: evening-shift timesheets must be signed by the physician in charge before Thursday noon.\n\n"
                 "RL-1 and T4 slips will be available at the end of February.\n\n")
        to = [(L("Tout le personnel", "All staff"), f"personnel@{D.ORG[lang]['domain']}")]
        subj = L("Paie - talons disponibles", "Payroll - pay stubs available")
    elif variant == 1:
        emp = person(rng)
        empno = luhn_serial(rng, 6)
        text = L(f"Bonjour {emp['given']},\n\nUne erreur s'est glissée dans ta paie du {I.fmt_date(d, lang, 'iso')} : "
                 f"les 7,5 h de formation RCR n'ont pas été payées. La correction (employé no {empno}) sera faite sur la prochaine paie.\n\n"
                 "Désolée du contretemps.\n\n",
                 f"Hi {emp['given']},\n\nThere was an error on your {I.fmt_date(d, lang, 'iso')} pay: the 7.5 h of CPR training "
                 f"were not paid. The correction (employee no. {empno}) will be on the next pay.\n\nSorry about that.\n\n")
        to = [(f"{emp['given']} {emp['surname']}", T.email_of(emp, lang))]
        subj = L("Correction de paie", "Pay correction")
    else:
        rows = [[L("No employé", "Employee no."), L("Nom", "Name"), L("Heures rég.", "Reg. hours"), L("Heures supp.", "OT hours"),
                 L("Prime soir", "Evening premium")]]
        for _ in range(rng.randint(5, 9)):
            e = person(rng)
            rows.append([luhn_serial(rng, 6), f"{e['surname']}, {e['given']}", rng.choice([70, 75, 56, 37.5]),
                         rng.choice([0, 0, 3.5, 7]), rng.choice(["0,00 $", "42,50 $", "85,00 $"]) if lang == "fr" else rng.choice(["$0.00", "$42.50", "$85.00"])])
        text = L("Bonjour,\n\nCi-joint le sommaire des heures pour validation avant la transmission au service de paie. "
                 "Merci de me signaler toute anomalie d'ici demain 10 h.\n\n",
                 "Hello,\n\nAttached is the hours summary for validation before it goes to the payroll provider. "
                 "Please flag any discrepancy by 10 am tomorrow.\n\n")
        to = [T.na(T.staff_by_kw(rng, lang, "directeur", "administrative director"), lang)]
        subj = L("Sommaire des heures - période", "Hours summary - pay period") + f" {d.isoformat()}"
        return neg_spec(lang, category="paie" if lang == "fr" else "payroll", note=L("sommaire des heures pour la paie", "payroll hours summary"),
                        frm=T.na(pay, lang), to=to, subject=subj, text=text + T.signature(pay, lang, rng),
                        attachments=[{"filename": L("sommaire_heures.csv", "hours_summary.csv"), "ctype": "text/csv",
                                      "text": A.make_csv(rows, ";" if lang == "fr" else ",")}])
    return neg_spec(lang, category="paie" if lang == "fr" else "payroll", note=L("avis de paie au personnel", "payroll notice to staff"),
                    frm=T.na(pay, lang), to=to, subject=subj, text=text + T.signature(pay, lang, rng))


# ------------------------------------------------------------------ 4
def newsletter(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    dirn = T.staff_by_kw(rng, lang, "directeur", "administrative director", "coordonnatrice", "office manager")
    newdoc = rng.choice([s for s in D.STAFF if "médecin" in s[3] or "physician" in s[4] or "IPS" in s[3]])
    sp = rng.choice(D.SPECIALISTS)
    mom = rng.choice(D.STAFF_EXTRA)
    baby, bsex = rng.choice([("Léo", "M"), ("Florence", "F"), ("Arthur", "M"), ("Mila", "F"), ("Noah", "M"),
                             ("Alice", "F"), ("Theo", "M"), ("Rose", "F")])
    bday = I.add_days(ctx["when"].date(), -rng.randint(5, 40))
    bdays = rng.sample(D.STAFF_EXTRA + [(s[0], s[1], s[2]) for s in D.STAFF], 3)
    items = [
        (L("Bienvenue", "Welcome"),
         L(f"{'Dre' if newdoc[2] == 'F' else 'Dr'} {newdoc[0]} {newdoc[1]} se joint à l'équipe à temps plein. "
           f"{'Elle' if newdoc[2] == 'F' else 'Il'} s'intéresse particulièrement au diabète, à la santé mentale des jeunes adultes et aux soins aux aînés à domicile.",
           f"{newdoc[0]} {newdoc[1]} joins the team full time, with a special interest in diabetes, young-adult mental health "
           f"and home care for seniors.")),
        (L("Naissance", "New arrival"),
         L(f"Félicitations à {mom[0]} {mom[1]} pour la naissance de {'sa fille' if bsex == 'F' else 'son fils'} {baby}, {'née' if bsex == 'F' else 'né'} le {I.fmt_date(bday, lang, 'long')} (3,4 kg). "
           "Tout le monde se porte bien!",
           f"Congratulations to {mom[0]} {mom[1]} on the birth of {'a daughter' if bsex == 'F' else 'a son'}, {baby}, born {I.fmt_date(bday, lang, 'long')} (7 lb 8 oz). "
           "Everyone is doing great!")),
        (L("Anniversaires du mois", "Birthdays this month"),
         ", ".join(f"{b[0]} {b[1]} ({I.fmt_date(I.add_days(ctx['when'].date(), rng.randint(1, 25)), lang, 'long').rsplit(' ', 1)[0].rstrip(',')})" for b in bdays)),
        (L("Formation", "Continuing education"),
         L(f"Le {sp[0]} {sp[2]} {sp[3]} ({sp[4]}) donnera un dîner-conférence sur {sp[6]} le mois prochain. "
           "Inscription auprès de Julie.", f"{sp[1]} {sp[2]} {sp[3]} ({sp[5]}) will give a lunch talk on {sp[7]} next month. "
           "Sign up with Julie.")),
        (L("Campagne de vaccination", "Flu campaign"),
         L("La clinique de vaccination antigrippale aura lieu les samedis du 2 au 23 novembre. 1 412 doses administrées l'an dernier!",
           "The flu vaccination clinic runs Saturdays, November 2-23. We gave 1,412 doses last year!")),
    ]
    rng.shuffle(items)
    items = items[:rng.randint(3, 5)]
    text = L(f"L'ÉCHO DES QUATRE-VENTS — infolettre interne\n\n", "THE LAKESHORE LETTER — staff newsletter\n\n") + \
        "\n\n".join(f"{h.upper()}\n{b}" for h, b in items) + "\n\n" + T.signature(dirn, lang, rng)
    htm = ["<html><body style='font-family:Georgia,serif'>", "<h2>" + html.escape(L("L'Écho des Quatre-Vents", "The Lakeshore Letter")) + "</h2>"]
    for h, b in items:
        htm.append(f"<h3>{html.escape(h)}</h3><p>{html.escape(b)}</p>")
    htm.append("<hr><p style='font-size:9pt'>" + html.escape(D.ORG[lang]["name"] + " — " + D.ORG[lang]["addr"] + ", " + D.ORG[lang]["city"]) + "</p></body></html>")
    atts = []
    if rng.random() < 0.4:
        atts.append({"filename": L("Infolettre.pdf", "Newsletter.pdf"), "ctype": "application/pdf",
                     "data": A.make_pdf(L("L'Écho des Quatre-Vents", "The Lakeshore Letter"), [f"{h} — {b}" for h, b in items])})
    return neg_spec(lang, category="infolettre" if lang == "fr" else "newsletter", note=L("infolettre interne", "internal staff newsletter"),
                    frm=T.na(dirn, lang), to=[(L("Tout le personnel", "All staff"), f"personnel@{D.ORG[lang]['domain']}")],
                    subject=L("L'Écho des Quatre-Vents - ", "The Lakeshore Letter - ") + I.fmt_date(ctx["when"].date(), lang, "long"),
                    text=text, html="\n".join(htm) + "\n", body_mode=rng.choice(["html", "alt"]), attachments=atts)


# ------------------------------------------------------------------ 5
def committee_notice(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    chair = T.staff_by_kw(rng, lang, "directeur", "administrative director", "médecin", "physician")
    d = I.add_days(ctx["when"].date(), rng.randint(5, 20))
    while d.weekday() >= 5:
        d = I.add_days(d, 1)
    start = datetime.datetime(d.year, d.month, d.day, 12, 0)
    members = rng.sample([s for s in D.STAFF if s[1] != chair["surname"]], 5)
    agenda = [L("Adoption du procès-verbal", "Approval of minutes"),
              L(f"Indicateurs d'accès : taux d'inscription et délai au 3e RV disponible (présenté par {'Mme' if members[0][2] == 'F' else 'M.'} {members[0][0]} {members[0][1]})",
                f"Access indicators: enrolment rate and time to third available appointment (presented by {'Ms.' if members[0][2] == 'F' else 'Mr.'} {members[0][0]} {members[0][1]})"),
              L("Protocole de renouvellement d'ordonnances par les infirmières — mise à jour",
                "Nurse-initiated prescription renewal protocol — update"),
              L(f"Trajectoire MPOC avec {members[1][0]} {members[1][1]} et l'inhalothérapeute", f"COPD pathway with {members[1][0]} {members[1][1]} and the RT"),
              L("Varia", "Other business")]
    ics = A.make_ics(f"cq-{d.strftime('%Y%m%d')}@{D.ORG[lang]['domain']}", start, start + datetime.timedelta(hours=1),
                     L("Comité qualité et accès", "Quality & Access Committee"), "\n".join(agenda), L("Salle Érable", "Maple room"),
                     organizer=T.na(chair, lang), attendees=[(f"{m[0]} {m[1]}", T.email_of({"given": m[0], "surname": m[1]}, lang)) for m in members])
    text = L(f"Bonjour,\n\nLe comité qualité et accès se réunira le {I.weekday_fr(d)} {I.fmt_date(d, lang, 'long')} de 12 h à 13 h (dîner fourni).\n\n"
             "Ordre du jour :\n", f"Hello,\n\nThe Quality & Access Committee meets on {I.weekday_en(d)}, {I.fmt_date(d, lang, 'long')}, noon to 1 pm (lunch provided).\n\n"
             "Agenda:\n") + "\n".join(f"{i + 1}. {a}" for i, a in enumerate(agenda)) + "\n\n" + T.signature(chair, lang, rng)
    return neg_spec(lang, category="comite" if lang == "fr" else "committee", note=L("avis de réunion de comité", "committee meeting notice"),
                    frm=T.na(chair, lang), to=[(f"{m[0]} {m[1]}", T.email_of({"given": m[0], "surname": m[1]}, lang)) for m in members[:3]],
                    cc=[(f"{m[0]} {m[1]}", T.email_of({"given": m[0], "surname": m[1]}, lang)) for m in members[3:]],
                    subject=L("Convocation - Comité qualité et accès", "Notice - Quality & Access Committee"), text=text,
                    attachments=[{"filename": "invitation.ics", "ctype": "text/calendar", "ctype_extra": "; method=REQUEST", "text": ics}])


# ------------------------------------------------------------------ 6
def conference(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    sps = rng.sample(D.SPECIALISTS, 4)
    org = rng.choice([L("Association des médecins de famille des Laurentides (fictive)", "Laurentian Family Physicians Association (fictional)"),
                      L("Regroupement des IPS du Nord", "Northern NP Network")])
    d = I.add_days(ctx["when"].date(), rng.randint(30, 90))
    rows = [[L("Heure", "Time"), L("Conférencier", "Speaker"), L("Sujet", "Topic")]]
    t = 8
    for s in sps:
        rows.append([f"{t}:30", f"{s[0] if lang == 'fr' else s[1]} {s[2]} {s[3]}", s[6] if lang == "fr" else s[7]])
        t += 1
    rows.append([f"{t}:30", L("Table ronde", "Panel"), L("Le sans rendez-vous en GMF : gérer l'achalandage", "GMF walk-in clinics: managing demand")])
    pdf = A.make_pdf(L("Journée de formation continue", "Continuing education day") + f" — {I.fmt_date(d, lang, 'long')}",
                     [org, L("Lieu : Centre des congrès de Val-des-Hérons (fictif). 6 heures de crédits.",
                             "Venue: Val-des-Hérons convention centre (fictional). 6 credit hours.")], table=rows)
    text = L(f"Bonjour,\n\nVoici le programme de la journée de formation du {I.fmt_date(d, lang, 'long')}. "
             f"Au menu : {sps[0][6]}, {sps[1][6]} et {sps[2][6]}. Inscription avant le 1er du mois.\n\n{org}",
             f"Hello,\n\nHere is the programme for the {I.fmt_date(d, lang, 'long')} education day. "
             f"Topics include {sps[0][7]}, {sps[1][7]} and {sps[2][7]}. Register by the 1st of the month.\n\n{org}")
    return neg_spec(lang, category="congres" if lang == "fr" else "conference", note=L("programme de formation continue", "CME programme"),
                    frm=(org, "formation@amf-laurentides.example"), to=[(D.ORG[lang]["short"], f"info@{D.ORG[lang]['domain']}")],
                    subject=L("Programme - journée de formation", "Programme - education day"), text=text,
                    attachments=[{"filename": L("Programme_formation.pdf", "CME_programme.pdf"), "ctype": "application/pdf", "data": pdf}])


# ------------------------------------------------------------------ 7
def job_posting(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    dirn = T.staff_by_kw(rng, lang, "directeur", "administrative director")
    post = rng.choice([(L("Infirmière praticienne spécialisée en soins de première ligne (IPSPL)", "Primary care nurse practitioner"),
                        L("Suivi de clientèle adulte et SRV; permis OIIQ requis", "Adult caseload and walk-in; OIIQ licence required")),
                       (L("Agent(e) administratif(ve) — accueil", "Front desk clerk"),
                        L("Accueil, prise de rendez-vous, numérisation; bilinguisme requis", "Reception, booking, scanning; bilingual required")),
                       (L("Infirmière clinicienne — maladies chroniques", "Clinical nurse — chronic disease"),
                        L("Suivi diabète, HTA et MPOC avec ordonnances collectives", "Diabetes, hypertension and COPD follow-up under collective orders"))])
    text = L(f"OFFRE D'EMPLOI — {post[0]}\n\n{D.ORG[lang]['name']} recherche une personne pour un poste permanent à temps plein (35 h/sem).\n\n"
             f"Fonctions : {post[1]}.\nSalaire selon l'échelle du réseau, 4 semaines de vacances.\n\n"
             f"Faites parvenir votre CV à {dirn['given']} {dirn['surname']} avant le {I.fmt_date(I.add_days(ctx['when'].date(), 21), lang, 'long')}.\n\n",
             f"JOB POSTING — {post[0]}\n\n{D.ORG[lang]['name']} is hiring for a permanent full-time position (35 h/week).\n\n"
             f"Duties: {post[1]}.\nSalary per the public network scale, 4 weeks vacation.\n\n"
             f"Send your résumé to {dirn['given']} {dirn['surname']} by {I.fmt_date(I.add_days(ctx['when'].date(), 21), lang, 'long')}.\n\n") + \
        T.signature(dirn, lang, rng, True)
    return neg_spec(lang, category="offre_emploi" if lang == "fr" else "job_posting", note=L("offre d'emploi", "job posting"),
                    frm=T.na(dirn, lang), to=[(L("Affichage", "Postings"), "affichage@emplois-sante.example")],
                    subject=L("Affichage de poste : ", "Job posting: ") + post[0], text=text)


# ------------------------------------------------------------------ 8
def invoice(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    sup = rng.choice(D.SUPPLIERS)
    no = f"F{rng.randint(200000, 299999)}"
    client = str(rng.randint(10000, 99999))
    items = rng.sample([(L("Gants nitrile M (bte 100)", "Nitrile gloves M (box 100)"), 12.95), (L("Abaisse-langues (bte 500)", "Tongue depressors (box 500)"), 8.40),
                        (L("Bandelettes urinaires 10 param.", "Urine strips 10-param"), 41.20), (L("Spéculums jetables", "Disposable specula"), 64.00),
                        (L("Seringues 3 mL 25G", "Syringes 3 mL 25G"), 22.75), (L("Papier table d'examen", "Exam table paper"), 38.10)], 4)
    rows = [[L("Article", "Item"), "GTIN", L("Lot", "Lot"), L("Qté", "Qty"), L("Prix", "Price")]]
    total = 0
    for name, price in items:
        q = rng.randint(1, 12)
        total += q * price
        rows.append([name, gtin13(rng), lot(rng), q, f"{price:.2f}"])
    rows.append(["", "", "", "Total", f"{total:.2f}"])
    paras = [L(f"Facture no {no}   Date : {ctx['when'].date().isoformat()}", f"Invoice #{no}   Date: {ctx['when'].date().isoformat()}"),
             L(f"No client : {client}\nFacturé à : {D.ORG[lang]['name']}, {D.ORG[lang]['addr']}, {D.ORG[lang]['city']}\nTél. : {D.ORG[lang]['phone']}",
               f"Customer no.: {client}\nBill to: {D.ORG[lang]['name']}, {D.ORG[lang]['addr']}, {D.ORG[lang]['city']}\nPhone: {D.ORG[lang]['phone']}"),
             L("Conditions : net 30 jours. TPS 123456789 RT0001 / TVQ 1234567890 TQ0001", "Terms: net 30. GST 123456789 RT0001 / QST 1234567890 TQ0001")]
    pdf = A.make_pdf(sup[0], paras, table=rows)
    text = L(f"Bonjour,\n\nVeuillez trouver ci-joint la facture {no} pour votre commande. Merci de votre confiance.\n\nComptes recevables\n{sup[0]}\n450-555-0177",
             f"Hello,\n\nPlease find attached invoice {no} for your order. Thank you for your business.\n\nAccounts receivable\n{sup[0]}\n450-555-0177")
    return neg_spec(lang, category="facture" if lang == "fr" else "invoice", note=L("facture de fournisseur", "supplier invoice"),
                    frm=(L("Comptes recevables", "Accounts receivable"), f"ar@{sup[1]}"),
                    to=[(L("Comptabilité", "Accounting"), f"comptabilite@{D.ORG[lang]['domain']}")],
                    subject=L(f"Facture {no}", f"Invoice {no}"), text=text,
                    attachments=[{"filename": f"{no}.pdf", "ctype": "application/pdf", "data": pdf}])


# ------------------------------------------------------------------ 9
def purchase_order(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    buyer = T.staff_by_kw(rng, lang, "coordonnatrice", "office manager", "infirmière clinicienne", "clinical nurse")
    sup = rng.choice(D.SUPPLIERS)
    po = f"BC-{ctx['when'].year}-{rng.randint(100, 999)}"
    rows = [[L("No catalogue", "Catalogue no."), L("Description", "Description"), L("Qté", "Qty"), L("Prix unitaire", "Unit price")]]
    for desc in rng.sample([L("Vaccin antigrippal quadrivalent 10 x 0,5 mL", "Quadrivalent flu vaccine 10 x 0.5 mL"),
                            L("Vaccin dcaT 1 x 0,5 mL", "Tdap vaccine 1 x 0.5 mL"), L("Tuberculine 1 mL", "Tuberculin 1 mL"),
                            L("Épinéphrine auto-injecteur 0,3 mg (trousse urgence)", "Epinephrine auto-injector 0.3 mg (crash kit)"),
                            L("Lidocaïne 1 % 20 mL", "Lidocaine 1% 20 mL"), L("Sutures nylon 4-0", "Nylon sutures 4-0")], 4):
        rows.append([luhn_serial(rng, 10), desc, rng.randint(1, 20), f"{rng.uniform(4, 90):.2f}"])
    data = A.make_xlsx([(po, rows)], author=f"{buyer['given']} {buyer['surname']}")
    text = L(f"Bonjour,\n\nVoici notre bon de commande {po}. Livraison au {D.ORG[lang]['addr']}, réception ouverte de 8 h à 16 h. "
             "La chaîne de froid doit être respectée pour les vaccins.\n\n", f"Hello,\n\nPlease find our purchase order {po}. "
             f"Deliver to {D.ORG[lang]['addr']}, receiving open 8 am-4 pm. Cold chain required for vaccines.\n\n") + T.signature(buyer, lang, rng, True)
    return neg_spec(lang, category="bon_commande" if lang == "fr" else "purchase_order", note=L("bon de commande", "purchase order"),
                    frm=T.na(buyer, lang), to=[(sup[0], f"commandes@{sup[1]}")], subject=L(f"Bon de commande {po}", f"Purchase order {po}"),
                    text=text, attachments=[{"filename": f"{po}.xlsx", "ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "data": data}])


# ------------------------------------------------------------------ 10
def fridge_inventory(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    nurse = T.staff_by_kw(rng, lang, "infirmière", "clinical nurse", "LPN")
    rows = [[L("produit", "product"), L("lot", "lot"), L("expiration", "expiry"), L("quantite", "quantity"), L("frigo", "fridge")]]
    for prod in rng.sample(["Influvac Tetra", "Boostrix", "Pneumovax 23", "Shingrix", "Gardasil 9", "Engerix-B", "Havrix 1440", "Tubersol"], 5):
        exp = I.add_days(ctx["when"].date(), rng.randint(30, 500))
        rows.append([prod, lot(rng), exp.isoformat(), rng.randint(0, 40), rng.choice(["A", "B"])])
    temps = ", ".join(f"{rng.uniform(2.6, 6.4):.1f}".replace(".", "," if lang == "fr" else ".") for _ in range(5))
    text = L(f"Bonjour,\n\nInventaire mensuel des frigos à vaccins en pièce jointe. Températures min/max de la semaine (°C) : {temps}. "
             "Aucun bris de la chaîne de froid. Le Shingrix est bas, commande à prévoir.\n\n",
             f"Hi,\n\nMonthly vaccine fridge inventory attached. Min/max temperatures this week (°C): {temps}. "
             "No cold-chain break. Shingrix is running low, we should reorder.\n\n") + T.signature(nurse, lang, rng, False)
    return neg_spec(lang, category="inventaire" if lang == "fr" else "inventory", note=L("inventaire des vaccins", "vaccine inventory"),
                    frm=T.na(nurse, lang), to=[T.na(T.staff_by_kw(rng, lang, "coordonnatrice", "office manager"), lang)],
                    subject=L("Inventaire frigos vaccins", "Vaccine fridge inventory"), text=text,
                    attachments=[{"filename": L("inventaire_vaccins.csv", "vaccine_inventory.csv"), "ctype": "text/csv", "text": A.make_csv(rows)}])


# ------------------------------------------------------------------ 11
def it_notice(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    it = T.staff_by_kw(rng, lang, "informatique", "IT support")
    v = rng.randrange(3)
    if v == 0:
        d = I.add_days(ctx["when"].date(), rng.randint(2, 9))
        text = L(f"Bonjour,\n\nLe DMÉ sera inaccessible le {I.weekday_fr(d)} {I.fmt_date(d, lang, 'long')} de 18 h à 22 h pour une mise à jour (version 12.4). "
                 "Imprimez l'horaire du SRV du lendemain avant 17 h 30. Les télécopies entrantes seront mises en file d'attente.\n\n",
                 f"Hello,\n\nThe EMR will be unavailable on {I.weekday_en(d)}, {I.fmt_date(d, lang, 'long')} from 6 to 10 pm for an upgrade (v12.4). "
                 "Print the next day's walk-in schedule before 5:30 pm. Incoming faxes will be queued.\n\n")
        subj = L("Interruption planifiée du DMÉ", "Planned EMR downtime")
        atts = []
    elif v == 1:
        rows = [[L("Poste", "Workstation"), L("No de série", "Serial no."), L("Étiquette d'actif", "Asset tag"), L("Emplacement", "Location")]]
        for k in range(rng.randint(4, 7)):
            rows.append([f"GMF-PC{k + 11:02d}", f"{luhn_serial(rng, 9)}", f"A-{luhn_serial(rng, 10)}",
                         rng.choice([L("Accueil", "Front desk"), L("Bureau 3", "Office 3"), L("SRV salle 2", "Walk-in room 2"), L("Triage", "Triage")])])
        text = L("Bonjour,\n\nVoici la liste des nouveaux postes installés cette semaine (numéros de série et étiquettes d'actif pour l'inventaire). "
                 "Les anciens postes seront recyclés par le fournisseur après effacement sécurisé des disques.\n\n",
                 "Hi,\n\nHere is the list of the new workstations installed this week (serial numbers and asset tags for inventory). "
                 "Old units will be recycled by the vendor after secure disk wipe.\n\n")
        subj = L("Inventaire des postes informatiques", "Workstation inventory")
        atts = [{"filename": L("postes.csv", "workstations.csv"), "ctype": "text/csv", "text": A.make_csv(rows)}]
    else:
        text = L("Bonjour,\n\nRappel : votre mot de passe DMÉ expire aux 90 jours. Ne partagez jamais votre session, même pour un renouvellement rapide. "
                 f"Si vous recevez un courriel vous demandant vos identifiants, transférez-le à securite@{D.ORG[lang]['domain']}.\n\n",
                 "Hi,\n\nReminder: your EMR password expires every 90 days. Never share your session, even for a quick refill. "
                 f"If you receive an e-mail asking for your credentials, forward it to security@{D.ORG[lang]['domain']}.\n\n")
        subj = L("Rappel sécurité - mots de passe", "Security reminder - passwords")
        atts = []
    return neg_spec(lang, category="informatique" if lang == "fr" else "it_notice", note=L("avis informatique", "IT notice"),
                    frm=T.na(it, lang), to=[(L("Tout le personnel", "All staff"), f"personnel@{D.ORG[lang]['domain']}")],
                    subject=subj, text=text + T.signature(it, lang, rng), attachments=atts)


# ------------------------------------------------------------------ 12
def facilities(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    fm = T.staff_by_kw(rng, lang, "installations", "facilities")
    d = I.add_days(ctx["when"].date(), rng.randint(2, 12))
    msg = rng.choice([
        L(f"Exercice d'évacuation incendie le {I.fmt_date(d, lang, 'long')} vers 10 h. Le SRV sera suspendu 15 minutes; "
          "l'accueil avisera les patients dans la salle d'attente. Point de rassemblement : stationnement arrière.",
          f"Fire evacuation drill on {I.fmt_date(d, lang, 'long')} around 10 am. The walk-in will pause for 15 minutes; "
          "the front desk will inform patients in the waiting room. Assembly point: back parking lot."),
        L(f"Le technicien en ventilation passera le {I.fmt_date(d, lang, 'long')}. Les bureaux 4 à 7 seront fermés de 7 h à 9 h.",
          f"The HVAC technician is coming on {I.fmt_date(d, lang, 'long')}. Offices 4-7 closed from 7 to 9 am."),
        L("Le stationnement du personnel sera déneigé cette nuit. Merci de déplacer vos véhicules côté est avant 22 h.",
          "The staff parking lot will be plowed tonight. Please move your cars to the east side before 10 pm."),
        L("Les nouvelles clés magnétiques sont arrivées. Passez à mon bureau avec votre ancienne carte (no d'employé requis).",
          "The new key fobs are in. Drop by my office with your old card (employee number required)."),
    ])
    text = L("Bonjour à tous,\n\n", "Hello everyone,\n\n") + msg + "\n\n" + T.signature(fm, lang, rng)
    return neg_spec(lang, category="installations" if lang == "fr" else "facilities", note=L("avis des installations", "facilities notice"),
                    frm=T.na(fm, lang), to=[(L("Tout le personnel", "All staff"), f"personnel@{D.ORG[lang]['domain']}")],
                    subject=rng.choice([L("Avis - bâtiment", "Notice - building"), L("Exercice / travaux", "Drill / maintenance"), L("Info installations", "Facilities info")]),
                    text=text)


# ------------------------------------------------------------------ 13
def candidate(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    dirn = T.staff_by_kw(rng, lang, "directeur", "administrative director", "coordonnatrice", "office manager")
    g, s = rng.choice(CANDIDATES)
    d = I.add_days(ctx["when"].date(), rng.randint(2, 8))
    phone = f"514-555-01{rng.randint(40, 99):02d}"
    cv = A.make_docx(f"{g} {s}", [L(f"Téléphone : {phone}", f"Phone: {phone}"), L(f"Courriel : {T.slug(g)}.{T.slug(s)}@courrielperso.example", f"E-mail: {T.slug(g)}.{T.slug(s)}@courrielperso.example"),
                                  "## " + L("Expérience", "Experience"),
                                  L("2019-2024 : agente administrative, clinique médicale (fictive) — accueil, rendez-vous, facturation RAMQ",
                                    "2019-2024: admin clerk, medical clinic (fictional) — reception, booking, RAMQ billing"),
                                  "## " + L("Formation", "Education"), L("DEP en secrétariat médical", "Medical office administration diploma")],
                     author=f"{g} {s}")
    text = L(f"Bonjour {dirn['given']},\n\nCandidature reçue pour le poste à l'accueil : {g} {s}. Entrevue proposée le "
             f"{I.fmt_date(d, lang, 'long')} à 14 h avec Annie. Son CV est joint; références à vérifier après l'entrevue.\n\n",
             f"Hi {dirn['given']},\n\nApplication received for the front desk job: {g} {s}. Interview proposed on "
             f"{I.fmt_date(d, lang, 'long')} at 2 pm with Annie. Résumé attached; references to be checked after the interview.\n\n") + \
        T.signature(T.staff_by_kw(rng, lang, "coordonnatrice", "office manager"), lang, rng, False)
    return neg_spec(lang, category="candidature" if lang == "fr" else "candidate", note=L("candidature à un poste", "job application"),
                    frm=T.na(T.staff_by_kw(rng, lang, "coordonnatrice", "office manager"), lang), to=[T.na(dirn, lang)],
                    subject=L(f"Candidature - {g} {s}", f"Application - {g} {s}"), text=text,
                    attachments=[{"filename": f"CV_{g}_{s}.docx", "ctype": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "data": cv}])


SCENARIOS = [
    ("staff_schedule", staff_schedule), ("leave_request", leave_request), ("payroll", payroll),
    ("newsletter", newsletter), ("committee_notice", committee_notice), ("conference", conference),
    ("job_posting", job_posting), ("invoice", invoice), ("purchase_order", purchase_order),
    ("fridge_inventory", fridge_inventory), ("it_notice", it_notice), ("facilities", facilities),
    ("candidate", candidate),
]
