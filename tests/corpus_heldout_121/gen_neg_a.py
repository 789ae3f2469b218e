"""Negative templates, part A: HR, schedules, payroll, newsletters, statistics, invoices."""
import datetime as dt

import gen_attach as A
import gen_clin as K
import gen_common as C
from stdnum import luhn
from gen_mime import table_html
from gen_tpl import CSV, DOCX, ICS, PDF, T, VCF, XLSX, ZIP, att, mail, quote, reply_header, safe_fn


def money(x, lang):
    s = f"{x:,.2f}"
    if lang == "fr":
        return s.replace(",", " ").replace(".", ",") + " $"
    return "$" + s


def luhn_serial(c, n=9):
    body = str(c.rint(1, 9)) + "".join(str(c.rint(0, 9)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


# N1 ----------------------------------------------------------------- on-call schedule
def n_oncall(c, lang):
    coord = c.staff("coord", "hosp", sex="F")
    docs = [c.staff(c.ch(["md", "psychiatrist", "gp"]), "hosp") for _ in range(6)]
    start = c.later(5, 20)
    rows = [T(lang, ["Date", "Jour", "Garde médecine (vétérans)", "Garde psychiatrie", "Pagette"],
              ["Date", "Day", "Medicine on call (veterans)", "Psychiatry on call", "Pager"])]
    for i in range(14):
        d = start + dt.timedelta(days=i)
        rows.append([d.isoformat(), (C.JOURS if lang == "fr" else C.DAYS)[d.weekday()], c.ch(docs[:3]).dr(lang),
                     c.ch(docs[3:]).dr(lang), f"2-{c.rint(100, 999)}"])
    as_x = c.chance(0.5)
    atts = [att(T(lang, "horaire_garde.xlsx", "on_call_schedule.xlsx"), XLSX, A.make_xlsx([("Garde", rows)], coord.full()))] if as_x else []
    listing = "" if as_x else "\n".join(" | ".join(r) for r in rows) + "\n\n"
    text = T(lang, f"Bonjour à tous,\n\n{'Ci-joint l' if as_x else 'Voici l'}'horaire de garde du {C.fmt_date(start, 'fr', 2)} au "
                   f"{C.fmt_date(start + dt.timedelta(days=13), 'fr', 2)}. Les échanges doivent être approuvés par la chef de département "
                   f"au moins 48 h à l'avance.\n\n{listing}{c.sig(coord, 'fr')}",
             f"Hello all,\n\n{'Attached is' if as_x else 'Below is'} the on-call schedule from {C.fmt_date(start, 'en', 1)} to "
             f"{C.fmt_date(start + dt.timedelta(days=13), 'en', 1)}. Swaps must be approved by the department head at least 48 h ahead.\n\n"
             f"{listing}{c.sig(coord, 'en')}")
    subj = T(lang, c.ch(["Horaire de garde", "Horaire de garde — 2 prochaines semaines", "Garde médecine/psychiatrie"]),
             c.ch(["On-call schedule", "On-call - next two weeks", "Call schedule medicine/psychiatry"]))
    return mail(c, "oncall_schedule", lang, [], "physician on-call schedule (staff only)", coord, docs[:4], subj, text, attachments=atts)


# N2 ----------------------------------------------------------------- leave approval
def n_leave(c, lang):
    emp = c.staff(c.ch(["nurse", "audiologist", "psychologist", "clerk"]), c.ch(["hosp", "osi", "audio", "ltc"]))
    mgr = c.staff("manager", emp.org)
    d1 = c.later(20, 90)
    d2 = d1 + dt.timedelta(days=c.ch([4, 9, 13]))
    text = T(lang, f"{c.hello(emp, 'fr')}\n\nTa demande de vacances du {C.fmt_date(d1, 'fr', 2)} au {C.fmt_date(d2, 'fr', 2)} est approuvée. "
                   f"{c.ch(['Merci de transférer tes rendez-vous à ta collègue.', 'Ton remplacement à la clinique des acouphènes est couvert.', 'Pense à mettre ton message d’absence.'])}\n\n"
                   f"{c.sig(mgr, 'fr')}",
             f"{c.hello(emp, 'en')}\n\nYour vacation request from {C.fmt_date(d1, 'en', 1)} to {C.fmt_date(d2, 'en', 1)} is approved. "
             f"{c.ch(['Please hand over your bookings to your colleague.', 'Coverage for the tinnitus clinic is arranged.', 'Remember to set your out-of-office.'])}\n\n"
             f"{c.sig(mgr, 'en')}")
    subj = T(lang, c.ch(["Demande de congé approuvée", "RE: vacances", "Congé approuvé"]), c.ch(["Leave request approved", "RE: vacation", "Leave approved"]))
    return mail(c, "leave_approval", lang, [], "manager approves an employee's vacation", mgr, [emp], subj, text)


# N3 ----------------------------------------------------------------- payroll / timesheet
def n_payroll(c, lang):
    pay = c.staff("hr", "hosp", sex="F")
    d = c.later(2, 10)
    emp_no = c.rint(100000, 999999)
    text = T(lang, f"Bonjour,\n\nRappel : les feuilles de temps de la période {c.rint(1, 26)} doivent être approuvées dans le système "
                   f"de paie avant le {C.fmt_date(d, 'fr', 2)}, midi. Les primes de soir/nuit et les heures supplémentaires de l'unité de "
                   f"soins de longue durée doivent être codées 031 et 045.\n\nPour toute question : poste {c.ext()} "
                   f"(matricule de référence à inscrire : {emp_no} pour les gestionnaires du Pavillon).\n\n{c.sig(pay, 'fr')}",
             f"Hello,\n\nReminder: pay period {c.rint(1, 26)} timesheets must be approved in the payroll system by "
             f"{C.fmt_date(d, 'en', 1)} at noon. Evening/night premiums and overtime for the long-term care unit must be coded 031 and 045.\n\n"
             f"Questions: ext. {c.ext()} (reference employee number for Wing managers: {emp_no}).\n\n{c.sig(pay, 'en')}")
    subj = T(lang, c.ch(["Rappel — approbation des feuilles de temps", "Paie : date limite"]), c.ch(["Reminder - timesheet approval", "Payroll deadline"]))
    return mail(c, "payroll_notice", lang, [], "payroll timesheet reminder", pay, [c.staff("manager", "ltc"), c.staff("manager", "osi")], subj, text)


# N4 ----------------------------------------------------------------- staff occupational health (employee, not patient)
def n_staff_health(c, lang):
    sst = c.staff("hr", "hosp", sex="F")
    emp = c.staff(c.ch(["nurse", "nurse_m"]), "ltc")
    mgr = c.staff("manager", "ltc")
    d = c.later(3, 15)
    text = T(lang, f"{c.hello(mgr, 'fr')}\n\nRetour progressif de {emp.full()} ({c.role_title(emp, 'fr')}, 3e étage) à compter du "
                   f"{C.fmt_date(d, 'fr', 2)}, suite à son absence en santé et sécurité du travail. Restrictions pour 4 semaines : "
                   f"pas de transfert de résident sans lève-personne, pas de soulèvement de plus de 10 kg, quarts de jour seulement. "
                   f"Horaire : 3 jours/semaine la première semaine.\n\nMerci d'adapter l'horaire en conséquence.\n\n{c.sig(sst, 'fr')}",
             f"{c.hello(mgr, 'en')}\n\nGradual return to work for {emp.full()} ({c.role_title(emp, 'en')}, 3rd floor) starting "
             f"{C.fmt_date(d, 'en', 1)}, following the workplace-injury leave. Restrictions for 4 weeks: no resident transfers without "
             f"a mechanical lift, no lifting over 10 kg, day shifts only. Schedule: 3 days/week for the first week.\n\n"
             f"Please adjust the schedule accordingly.\n\n{c.sig(sst, 'en')}")
    subj = T(lang, c.ch(["Retour progressif — employé(e) 3e étage", "SST — retour au travail"]), c.ch(["Gradual return to work - 3rd floor staff", "OHS - return to work"]))
    return mail(c, "staff_occupational_health", lang, [], "employee return-to-work restrictions (occupational health, staff)",
                sst, [mgr], subj, text)


# N5 ----------------------------------------------------------------- newsletter (HTML)
def n_newsletter(c, lang):
    com = c.staff("coord", "hosp", sex="F")
    n_ptsd = c.rint(8, 14)
    html = T(lang, f"""<html><body style="font-family:Georgia,serif">
<h2>L'Écho du Pavillon — {C.MOIS[c.today.month - 1]} {c.today.year}</h2>
<h3>Juin, mois de sensibilisation au TSPT</h3>
<p>On estime qu'environ {n_ptsd} % des vétérans des Forces armées canadiennes présentent un trouble de stress post-traumatique.
Cauchemars, hypervigilance, évitement : ces symptômes se traitent. La clinique TSO offre la TCC axée sur le trauma, l'EMDR et
la thérapie par exposition prolongée.</p>
<h3>Protégez votre audition</h3>
<p>La perte auditive et les acouphènes demeurent les affections les plus fréquemment reconnues chez les vétérans. Nos audiologistes
rappellent l'importance des bouchons moulés et de l'audiogramme annuel.</p>
<h3>Du côté des équipes</h3>
<p>Bienvenue à {c.staff('nurse', 'ltc').full()} (soins de longue durée) et félicitations à {c.staff('audiologist', 'audio').full()},
lauréate du prix Reconnaissance {c.today.year}.</p>
<p style="font-size:9pt">Pour vous désabonner, répondez « retrait ».</p>
</body></html>
""", f"""<html><body style="font-family:Georgia,serif">
<h2>Veterans' Wing Bulletin — {C.MONTHS[c.today.month - 1]} {c.today.year}</h2>
<h3>June is PTSD Awareness Month</h3>
<p>An estimated {n_ptsd}% of Canadian Armed Forces veterans live with post-traumatic stress disorder. Nightmares, hypervigilance
and avoidance are treatable. The OSI clinic offers trauma-focused CBT, EMDR and prolonged exposure therapy.</p>
<h3>Protect your hearing</h3>
<p>Hearing loss and tinnitus remain the most frequently recognized conditions among veterans. Our audiologists remind everyone
about custom earplugs and yearly audiograms.</p>
<h3>Team news</h3>
<p>Welcome to {c.staff('nurse', 'ltc').full()} (long-term care) and congratulations to {c.staff('audiologist', 'audio').full()},
winner of the {c.today.year} Recognition Award.</p>
<p style="font-size:9pt">To unsubscribe, reply "remove".</p>
</body></html>
""")
    subj = T(lang, f"L'Écho du Pavillon — édition de {C.MOIS[c.today.month - 1]}", f"Veterans' Wing Bulletin - {C.MONTHS[c.today.month - 1]} issue")
    return mail(c, "newsletter", lang, [], "HTML staff newsletter on PTSD and hearing loss (no patient)",
                com, [("Tout le personnel" if lang == "fr" else "All staff", f"tous@{C.ORG['hosp']['dom']}")], subj, html=html,
                structure=c.ch(["html", "alt"]), text=None if c.chance(0.5) else None)


# N6 ----------------------------------------------------------------- aggregate statistics (XLSX)
def n_statistics(c, lang):
    an = c.staff("coord", "osi", sex="F")
    mgr = c.staff("manager", "osi")
    q = c.rint(1, 4)
    cats = T(lang, ["TSPT", "Dépression majeure", "Trouble anxieux", "Trouble lié à l'alcool", "TCC léger", "Autre"],
             ["PTSD", "Major depression", "Anxiety disorder", "Alcohol use disorder", "Mild TBI", "Other"])
    rows = [[T(lang, "Diagnostic principal", "Primary diagnosis"), T(lang, "Nouveaux", "New"), T(lang, "Actifs", "Active"), T(lang, "Délai médian (j)", "Median wait (d)")]]
    tot_new = 0
    for cat in cats:
        nn = c.rint(3, 90)
        tot_new += nn
        rows.append([cat, nn, c.rint(nn, 400), c.rint(12, 90)])
    rows.append(["Total", tot_new, "", ""])
    data = A.make_xlsx([(f"T{q}", rows)], an.full())
    text = T(lang, f"{c.hello(mgr, 'fr')}\n\nStatistiques du T{q} pour le rapport au bailleur de fonds : {tot_new} nouvelles admissions, "
                   f"délai médian d'accès {c.rint(20, 60)} jours, taux d'absence aux rendez-vous {c.rint(6, 15)} %. Détails ci-joints "
                   f"(aucune donnée nominative).\n\n{c.sig(an, 'fr')}",
             f"{c.hello(mgr, 'en')}\n\nQ{q} statistics for the funder report: {tot_new} new admissions, median access time "
             f"{c.rint(20, 60)} days, no-show rate {c.rint(6, 15)}%. Details attached (no identifying data).\n\n{c.sig(an, 'en')}")
    subj = T(lang, f"Statistiques T{q} — clinique TSO", f"Q{q} statistics - OSI clinic")
    return mail(c, "aggregate_statistics", lang, [], "quarterly aggregate statistics by diagnosis", an, [mgr], subj, text,
                attachments=[att(T(lang, f"stats_T{q}.xlsx", f"stats_Q{q}.xlsx"), XLSX, data)])


# N7 ----------------------------------------------------------------- supplier invoice with serial numbers
def n_invoice(c, lang):
    sup = ("AudioNord Distribution — Comptes recevables" if lang == "fr" else "AudioNord Distribution - Accounts Receivable", f"ar@{C.ORG['supplier']['dom']}")
    buyer = c.staff("buyer", "hosp", sex="F")
    inv = f"AN-{c.rint(2025000, 2025999)}"
    lines = [T(lang, f"# FACTURE {inv}", f"# INVOICE {inv}"), C.ORG["supplier"][lang], C.ORG["supplier"]["addr"], "",
             T(lang, "Facturé à : CHRAP — Service d'audiologie", "Bill to: CHRAP - Audiology Department"),
             T(lang, f"Bon de commande : PO-{c.rint(40000, 49999)}", f"Purchase order: PO-{c.rint(40000, 49999)}"), ""]
    total = 0
    for i in range(c.rint(3, 6)):
        item = c.ch(["Appareil de prêt BTE-P (démo)", "Audiomètre portatif AM-2 — étalonnage", "Piles 312 (boîte de 60)",
                     "Coupleur 2cc", "Dômes ouverts 8 mm (x50)", "Tympanomètre TY-5 — sonde de remplacement"])
        if lang == "en":
            item = {"Appareil de prêt BTE-P (démo)": "Loaner BTE-P aid (demo)", "Audiomètre portatif AM-2 — étalonnage": "Portable audiometer AM-2 - calibration",
                    "Piles 312 (boîte de 60)": "Size 312 batteries (box of 60)", "Coupleur 2cc": "2cc coupler",
                    "Dômes ouverts 8 mm (x50)": "Open domes 8 mm (x50)", "Tympanomètre TY-5 — sonde de remplacement": "TY-5 tympanometer - replacement probe"}[item]
        price = c.rint(20, 1900)
        total += price
        lines.append(f"{item}   {T(lang, 'No de série', 'S/N')} {luhn_serial(c, c.ch([9, 10]))}   {money(price, lang)}")
    lines += ["", f"{T(lang, 'Sous-total', 'Subtotal')} : {money(total, lang)}", f"TPS/GST 5 % : {money(total * 0.05, lang)}",
              f"TVQ/QST 9,975 % : {money(total * 0.09975, lang)}", T(lang, "Payable net 30 jours.", "Net 30 days.")]
    pdf = A.make_pdf(lines)
    text = T(lang, f"Bonjour,\n\nVeuillez trouver ci-jointe la facture {inv}. Merci de votre confiance.\n\n{C.ORG['supplier']['fr']}\n{C.ORG['supplier']['tel']}",
             f"Hello,\n\nPlease find invoice {inv} attached. Thank you for your business.\n\n{C.ORG['supplier']['en']}\n{C.ORG['supplier']['tel']}")
    subj = T(lang, f"Facture {inv}", f"Invoice {inv}")
    return mail(c, "supplier_invoice", lang, [], "supplier invoice with Luhn-valid serial numbers", sup, [buyer], subj, text,
                attachments=[att(f"{inv}.pdf", PDF, pdf)])


# N8 ----------------------------------------------------------------- purchase order for pharmacy stock
def n_purchase_order(c, lang):
    ph = c.staff("pharmacist", "hosp")
    buyer = c.staff("buyer", "hosp", sex="F")
    rows = [T(lang, ["Code", "Produit", "Format", "Qté", "Lot demandé", "Prix unit."], ["Code", "Product", "Pack", "Qty", "Lot", "Unit price"])]
    for i in range(c.rint(4, 8)):
        drug = c.ch(["Prazosine 1 mg", "Sertraline 50 mg", "Mirtazapine 15 mg", "Furosémide 40 mg", "Donépézil 5 mg",
                     "Quétiapine 25 mg", "Apixaban 2,5 mg", "Insuline glargine 100 U/mL", "Naloxone 0,4 mg/mL (trousse)"])
        rows.append([f"{c.rint(10000, 99999)}", drug, c.ch(["100 co.", "500 co.", "10 x 3 mL", "1 trousse"]), c.rint(2, 40),
                     f"{c.ch('ABKLMT')}{c.rint(10000, 99999)}", f"{c.rint(3, 180)},{c.rint(10, 99)} $"])
    po = f"BC-{c.rint(100000, 999999)}"
    text = T(lang, f"{c.hello(buyer, 'fr')}\n\nVoici le bon de commande {po} pour le réapprovisionnement de la pharmacie du Pavillon :\n\n" +
             "\n".join(" | ".join(str(x) for x in r) for r in rows) + f"\n\nLivraison au quai B avant jeudi SVP.\n\n{c.sig(ph, 'fr')}",
             f"{c.hello(buyer, 'en')}\n\nHere is purchase order {po} for the Wing pharmacy restock:\n\n" +
             "\n".join(" | ".join(str(x) for x in r) for r in rows) + f"\n\nDelivery to dock B before Thursday please.\n\n{c.sig(ph, 'en')}")
    subj = T(lang, f"Bon de commande {po} — pharmacie", f"Purchase order {po} - pharmacy")
    return mail(c, "purchase_order", lang, [], "pharmacy restock purchase order with drug names and lot numbers", ph, [buyer], subj, text)


# N9 ----------------------------------------------------------------- conference programme
def n_conference(c, lang):
    org_ = c.staff("coord", "osi", sex="F")
    roles = ["psychiatrist", "audiologist", "psychiatrist", "psychologist", "sw", "md"]
    orgs = ["osi", "audio", "osi", "osi", "osi", "sleep"]
    topics = T(lang, ["TSPT et douleur chronique : une approche intégrée", "Acouphènes chez les vétérans : ce que dit la recherche",
                      "Kétamine et TSPT résistant : état des lieux", "Blessures morales chez les militaires", "Transition à la vie civile et santé mentale",
                      "Apnée du sommeil et cauchemars post-traumatiques"],
               ["PTSD and chronic pain: an integrated approach", "Tinnitus in veterans: what the research says",
                "Ketamine for treatment-resistant PTSD: where are we?", "Moral injury in military members",
                "Transition to civilian life and mental health", "Sleep apnea and post-traumatic nightmares"])
    d = c.later(20, 80)
    prog = ["# " + T(lang, f"Journée scientifique en santé des vétérans — {C.fmt_date(d, 'fr', 2)}",
                     f"Veterans' Health Research Day - {C.fmt_date(d, 'en', 1)}"), T(lang, "Auditorium du Pavillon des Vétérans", "Veterans' Wing Auditorium"), ""]
    h = 8
    idx = c.sample(range(6), 5)
    sp = [c.staff(roles[i], orgs[i]) for i in idx]
    for s, t in zip(sp, [topics[i] for i in idx]):
        prog.append(f"{h}:30  {t} — {s.dr(lang)} ({c.role_title(s, lang)})")
        h += 1 if h != 11 else 2
    prog += ["", T(lang, "Activité accréditée : 6 heures de formation continue.", "Accredited for 6 hours of continuing education.")]
    pdf = A.make_pdf(prog)
    text = T(lang, f"Bonjour,\n\nLes inscriptions sont ouvertes pour la Journée scientifique en santé des vétérans. Programme ci-joint.\n"
                   f"Inscription avant le {C.fmt_date(d - dt.timedelta(days=10), 'fr', 2)}.\n\n{c.sig(org_, 'fr')}",
             f"Hello,\n\nRegistration is open for the Veterans' Health Research Day. Programme attached.\nRegister by "
             f"{C.fmt_date(d - dt.timedelta(days=10), 'en', 1)}.\n\n{c.sig(org_, 'en')}")
    subj = T(lang, "Journée scientifique — programme", "Research Day - programme")
    return mail(c, "conference_programme", lang, [], "conference programme with speakers and disease topics", org_,
                [("Liste cliniciens" if lang == "fr" else "Clinicians list", f"cliniciens@{C.ORG['hosp']['dom']}")], subj, text,
                attachments=[att(T(lang, "Programme_journée_scientifique.pdf", "Research_day_programme.pdf"), PDF, pdf, c.rint(0, 2))])


# N10 ---------------------------------------------------------------- committee notice
def n_committee(c, lang):
    sec = c.staff("coord", "hosp", sex="F")
    chair = c.staff(c.ch(["md", "psychiatrist"]), "hosp")
    d = c.later(5, 30)
    which = c.ch([("comité de pharmacologie", "Pharmacy and Therapeutics Committee"), ("comité d'éthique clinique", "Clinical Ethics Committee"),
                  ("comité de prévention des chutes", "Falls Prevention Committee"), ("comité de gestion des risques", "Risk Management Committee")])
    items = T(lang, ["Adoption du procès-verbal", "Suivi des indicateurs (chutes, contentions, plaies de pression)",
                     "Révision du protocole de sevrage d'alcool", "Politique sur les chiens d'assistance TSPT", "Varia"],
              ["Approval of minutes", "Indicator follow-up (falls, restraints, pressure injuries)", "Alcohol withdrawal protocol review",
               "PTSD service dog policy", "Other business"])
    text = T(lang, f"Bonjour,\n\nLa prochaine réunion du {which[0]} aura lieu le {C.fmt_day(d, 'fr')} de {c.hour()} à midi, salle du conseil "
                   f"(lien Teams dans l'invitation).\n\nOrdre du jour :\n" + "\n".join(f"{i + 1}. {x}" for i, x in enumerate(items)) +
             f"\n\nPrésidence : {chair.dr('fr')}\n\n{c.sig(sec, 'fr')}",
             f"Hello,\n\nThe next {which[1]} meeting is {C.fmt_day(d, 'en')} from {c.hour_en()} to noon, boardroom (Teams link in "
             f"the invite).\n\nAgenda:\n" + "\n".join(f"{i + 1}. {x}" for i, x in enumerate(items)) + f"\n\nChair: {chair.dr('en')}\n\n{c.sig(sec, 'en')}")
    subj = T(lang, f"Convocation — {which[0]}", f"Notice of meeting - {which[1]}")
    return mail(c, "committee_notice", lang, [], "committee meeting notice and agenda", sec, [chair], subj, text)


# N11 ---------------------------------------------------------------- job posting
def n_job(c, lang):
    hr = c.staff("hr", "hosp", sex="F")
    job = c.ch([("Audiologiste", "Audiologist", "audio"), ("Psychologue — clinique TSO", "Psychologist - OSI clinic", "osi"),
                ("Infirmière ou infirmier — soins de longue durée (vétérans)", "Nurse - veterans' long-term care", "ltc"),
                ("Travailleuse ou travailleur social", "Social worker", "osi")])
    n = c.rint(1000, 9999)
    text = T(lang, f"Affichage {n} — {job[0]}\n\n{C.ORG[job[2]]['fr']}\nPoste permanent temps complet, 35 h/semaine.\n\n"
                   f"Vous travaillerez auprès d'une clientèle de vétérans et de militaires présentant des blessures de stress opérationnel, "
                   f"des pertes auditives, de la douleur chronique ou des troubles neurocognitifs.\n\nExigences : membre de l'ordre "
                   f"professionnel, 2 ans d'expérience, bilinguisme (français/anglais).\nSalaire : selon l'échelle en vigueur.\n\n"
                   f"Postulez avant le {C.fmt_date(c.later(14, 30), 'fr', 2)} : emplois@{C.ORG['hosp']['dom']}\n\n{c.sig(hr, 'fr', disclaimer=False)}",
             f"Posting {n} - {job[1]}\n\n{C.ORG[job[2]]['en']}\nPermanent full-time position, 35 h/week.\n\nYou will work with veterans and "
             f"serving members living with operational stress injuries, hearing loss, chronic pain or neurocognitive disorders.\n\n"
             f"Requirements: professional licence, 2 years' experience, bilingual (French/English).\nSalary: per current scale.\n\n"
             f"Apply by {C.fmt_date(c.later(14, 30), 'en', 1)}: jobs@{C.ORG['hosp']['dom']}\n\n{c.sig(hr, 'en', disclaimer=False)}")
    subj = T(lang, f"Affichage de poste — {job[0]}", f"Job posting - {job[1]}")
    return mail(c, "job_posting", lang, [], "job posting for a veterans' health position", hr,
                [("Personnel", f"tous@{C.ORG['hosp']['dom']}")], subj, text)


# N12 ---------------------------------------------------------------- IT notice
def n_it(c, lang):
    it = c.staff("it", "hosp", sex=c.ch("MF"))
    d = c.later(2, 14)
    kind = c.rint(0, 2)
    if kind == 0:
        text = T(lang, f"Bonjour,\n\nUne mise à jour du dossier médical électronique (DME) aura lieu {C.fmt_day(d, 'fr')} de 22 h à 2 h. "
                       f"Pendant l'arrêt, utilisez les formulaires papier de contingence (ordonnances, notes d'évolution, feuilles "
                       f"d'administration des médicaments) disponibles au poste des infirmières. Les résultats de laboratoire seront "
                       f"imprimés à l'unité.\n\nBilletterie : poste {c.ext()}\n\n{c.sig(it, 'fr')}",
                 f"Hello,\n\nAn electronic health record (EHR) upgrade is scheduled {C.fmt_day(d, 'en')} from 10 p.m. to 2 a.m. "
                 f"During downtime, use the paper contingency forms (orders, progress notes, medication administration records) at the "
                 f"nursing station. Lab results will print on the unit.\n\nService desk: ext. {c.ext()}\n\n{c.sig(it, 'en')}")
        subj = T(lang, "Arrêt planifié du DME", "Planned EHR downtime")
    elif kind == 1:
        text = T(lang, f"Bonjour,\n\nNous avons reçu plusieurs courriels frauduleux se faisant passer pour « Anciens Combattants — "
                       f"mise à jour de votre dossier de prestations ». Ne cliquez pas sur le lien et ne saisissez jamais votre mot de passe. "
                       f"Signalez le message avec le bouton « Hameçonnage ».\n\n{c.sig(it, 'fr')}",
                 f"Hello,\n\nWe have received several fraudulent e-mails impersonating \"Veterans Affairs - update your benefits file\". "
                 f"Do not click the link and never enter your password. Report it with the \"Phishing\" button.\n\n{c.sig(it, 'en')}")
        subj = T(lang, "ALERTE — hameçonnage", "ALERT - phishing")
    else:
        text = T(lang, f"Bonjour,\n\nLe ticket INC{c.rint(1000000, 9999999)} est résolu : l'imprimante d'étiquettes du laboratoire (3e étage, "
                       f"no d'actif {c.rint(10000, 99999)}) a été remplacée. Le pilote a été poussé sur les postes du poste infirmier.\n\n{c.sig(it, 'fr')}",
                 f"Hello,\n\nTicket INC{c.rint(1000000, 9999999)} is resolved: the lab label printer (3rd floor, asset {c.rint(10000, 99999)}) was replaced. "
                 f"The driver has been pushed to the nursing station PCs.\n\n{c.sig(it, 'en')}")
        subj = T(lang, "Ticket résolu — imprimante d'étiquettes", "Ticket resolved - label printer")
    return mail(c, "it_notice", lang, [], "IT notice (downtime / phishing / ticket)", it,
                [("Utilisateurs CHRAP", f"utilisateurs@{C.ORG['hosp']['dom']}")], subj, text)


# N13 ---------------------------------------------------------------- facilities
def n_facilities(c, lang):
    fac = ("Services techniques" if lang == "fr" else "Facilities", f"services.techniques@{C.ORG['hosp']['dom']}")
    d = c.later(1, 10)
    h1 = c.ch([7, 8, 9, 13])
    h2 = h1 + c.ch([2, 3, 4])
    what = c.ch([("l'ascenseur B du Pavillon des Vétérans sera hors service", "elevator B in the Veterans' Wing will be out of service"),
                 ("l'eau chaude sera coupée aux 3e et 4e étages (soins de longue durée)", "hot water will be shut off on floors 3 and 4 (long-term care)"),
                 ("la génératrice sera testée (bref arrêt de la ventilation)", "the generator will be tested (brief ventilation stop)")])
    text = T(lang, f"Bonjour,\n\nVeuillez noter que {what[0]} {C.fmt_day(d, 'fr')} de {h1} h à {h2} h. Les résidents à mobilité réduite "
                   f"devront être informés par l'équipe de soins. Désolés des inconvénients.\n\nServices techniques — poste {c.ext()}",
             f"Hello,\n\nPlease note that {what[1]} on {C.fmt_day(d, 'en')} from {h1}:00 to {h2}:00. Care teams, please "
             f"inform residents with reduced mobility. Sorry for the inconvenience.\n\nFacilities - ext. {c.ext()}")
    subj = T(lang, "Avis de travaux", "Maintenance notice")
    return mail(c, "facilities_notice", lang, [], "facilities maintenance notice", fac,
                [("Personnel du Pavillon", f"pavillon@{C.ORG['hosp']['dom']}")], subj, text)


# N14 ---------------------------------------------------------------- blank form
def n_blank_form(c, lang):
    clerk = c.staff("clerk", c.ch(["osi", "hosp"]), sex="F")
    to = c.staff(c.ch(["nurse", "sw"]), clerk.org)
    kind = c.rint(0, 1)
    blocks = [("h", T(lang, "Demande de consultation — Clinique TSO", "Consultation request - OSI Clinic") if kind == 0 else
               T(lang, "Autorisation de communication de renseignements", "Authorization to release information")),
              ("table", [[T(lang, "Nom du patient", "Patient name"), "_____________________"],
                         [T(lang, "Date de naissance (AAAA-MM-JJ)", "Date of birth (YYYY-MM-DD)"), "____-__-__"],
                         ["NAM (ex. : ABCD 0000 0000)" if lang == "fr" else "RAMQ / health number (e.g. ABCD 0000 0000)", "____ ____ ____"],
                         [T(lang, "NAS (si ACC)", "SIN (if VAC)"), "___ ___ ___"],
                         [T(lang, "Téléphone", "Phone"), "(___) ___-____"]]),
              ("p", T(lang, "Motif de consultation : ☐ TSPT  ☐ dépression  ☐ anxiété  ☐ usage de substances  ☐ autre : ______",
                      "Reason: ☐ PTSD  ☐ depression  ☐ anxiety  ☐ substance use  ☐ other: ______")),
              ("p", T(lang, "Médication actuelle : ____________________________", "Current medication: ____________________________")),
              ("p", T(lang, "Signature du médecin référent : ______________   Date : ________", "Referring physician signature: ______________   Date: ________"))]
    data = A.make_docx(blocks, author=clerk.full())
    text = T(lang, f"{c.hello(to, 'fr')}\n\nVoici le formulaire vierge à jour (version {c.today.year}-{c.rint(1, 9):02d}). Merci de détruire les "
                   f"anciennes versions.\n\n{c.sig(clerk, 'fr')}",
             f"{c.hello(to, 'en')}\n\nHere is the updated blank form (version {c.today.year}-{c.rint(1, 9):02d}). Please discard older versions.\n\n{c.sig(clerk, 'en')}")
    subj = T(lang, "Formulaire vierge — nouvelle version", "Blank form - new version")
    return mail(c, "blank_form", lang, [], "blank referral/consent form with empty NAM, SIN and DOB fields", clerk, [to], subj, text,
                attachments=[att(T(lang, "formulaire_vierge_référence.docx", "blank_form.docx"), DOCX, data, c.rint(0, 2))])


# N15 ---------------------------------------------------------------- template letter with placeholders
def n_template_letter(c, lang):
    clerk = c.staff("clerk", "audio", sex="F")
    mgr = c.staff("manager", "audio")
    text = T(lang, f"{c.hello(mgr, 'fr')}\n\nVoici le nouveau gabarit de lettre de convocation, à valider :\n\n---\n"
                   f"«TITRE» «PRÉNOM» «NOM»\n«ADRESSE»\n\nObjet : Rendez-vous en audiologie\n\n«TITRE» «NOM»,\n\nVotre rendez-vous pour "
                   f"{{type_examen}} est fixé au «DATE_RDV» à «HEURE». Présentez votre carte d'assurance maladie (NAM : «NAM») et la liste de "
                   f"vos médicaments. Si vous portez des appareils auditifs, apportez-les.\n\n{C.ORG['audio']['fr']}\n---\n\n{c.sig(clerk, 'fr')}",
             f"{c.hello(mgr, 'en')}\n\nHere is the new appointment letter template for approval:\n\n---\n"
             f"<<TITLE>> <<FIRST_NAME>> <<LAST_NAME>>\n<<ADDRESS>>\n\nRe: Audiology appointment\n\nDear <<TITLE>> <<LAST_NAME>>,\n\n"
             f"Your appointment for {{exam_type}} is on <<APPT_DATE>> at <<TIME>>. Please bring your health card (RAMQ: <<RAMQ>>) and your "
             f"medication list. If you wear hearing aids, bring them.\n\n{C.ORG['audio']['en']}\n---\n\n{c.sig(clerk, 'en')}")
    subj = T(lang, "Gabarit — lettre de convocation", "Template - appointment letter")
    return mail(c, "template_letter", lang, [], "mail-merge template with placeholders only", clerk, [mgr], subj, text)
