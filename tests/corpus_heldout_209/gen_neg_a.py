"""Negative templates, part A: rosters, payroll, HR, staff occupational health, newsletter, committee,
conference programme, job posting, invoice, purchase order.  No patient appears in any of them."""
import datetime

import gen_docs as D
from gen_common import NET_EN, NET_FR, VENDORS, org_addr, org_name, org_phone, sig
from gen_tpl import A, M, T, ahead, ago, att, civ, hello, html_table, short_d, short_dt, text_table, thanks
from stdnum import luhn
from stdnum.ca import sin as ca_sin


# ---------------------------------------------------------------- look-alike numbers (all non-patient)
def sin_like(rng):
    """9 digits passing the SIN check, used as client / asset numbers."""
    while True:
        d = str(rng.choice([1, 2, 4, 5, 6, 7, 9])) + "".join(str(rng.randrange(10)) for _ in range(8))
        if ca_sin.is_valid(d):
            return "%s %s %s" % (d[:3], d[3:6], d[6:])


def luhn10(rng):
    base = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
    return base + luhn.calc_check_digit(base)


VIN_MAP = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(rng):
    head = rng.choice(["1FDXE4FN", "1GB3GSCG", "3C7WRNFL", "1FD8X3HT"])
    tail = rng.choice("PRS") + rng.choice("ABDKN") + "%06d" % rng.randrange(10 ** 6)
    v = head + "0" + tail
    tot = sum((int(ch) if ch.isdigit() else VIN_MAP[ch]) * w for ch, w in zip(v, VIN_W))
    chk = tot % 11
    return head + ("X" if chk == 10 else str(chk)) + tail


def gtin13(rng):
    d = "0" + "".join(str(rng.randrange(10)) for _ in range(11))
    s = sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(d))
    return d + str((10 - s % 10) % 10)


def be_company(rng):
    base = rng.randrange(2000000, 9999999)          # 0 + 7 digits, then 97-modulus check pair
    chk = 97 - base % 97
    n = "0%07d%02d" % (base, chk)
    return "BE %s.%s.%s" % (n[:4], n[4:7], n[7:])


def _staff_rows(c, n, role="paramédic"):
    return [c.w.staff(role, c.lang) for _ in range(n)]


# ---------------------------------------------------------------- N1
def schedule(c):
    mgr = c.w.staff("gestionnaire des opérations", c.lang)
    wk = ahead(c, days=7 - c.when.weekday())
    crews = []
    for i in range(c.rng.randint(5, 8)):
        a, b = c.w.staff("paramédic", c.lang), c.w.staff("paramédic", c.lang)
        crews.append(["%d%02d" % (c.pick([71, 72, 73]), i + 1), T(c, "Poste %d" % c.rng.randint(1, 5), "Station %d" % c.rng.randint(1, 5)),
                      c.pick(T(c, ["jour", "soir", "nuit"], ["day", "evening", "night"])), "%s / %s" % (a.plain, b.plain)])
    sub = c.w.staff("paramédic", c.lang)
    away = c.w.staff("paramédic", c.lang)
    hdr = [T(c, "Unité", "Unit"), T(c, "Poste", "Station"), T(c, "Quart", "Shift"), T(c, "Équipe", "Crew")]
    intro = T(c, "Bonjour,\n\nVoici l'horaire de la semaine du %s. %s remplace %s (congé de maladie) sur les nuits. "
                 "Vérifiez vos quarts et signalez les erreurs avant jeudi midi." % (short_d(c, wk), sub.plain, away.plain),
              "Hi all,\n\nSchedule for the week of %s. %s covers nights for %s (sick leave). Check your shifts and "
              "flag errors before Thursday noon." % (short_d(c, wk), sub.plain, away.plain))
    if c.rng.random() < 0.5:
        text = intro + "\n\n" + text_table(hdr, crews) + "\n\n" + sig(mgr, c.lang)
        atts = []
        html = html_table(hdr, crews, intro, sig(mgr, c.lang)) if c.rng.random() < 0.5 else None
    else:
        text = intro + "\n\n" + sig(mgr, c.lang)
        html = None
        atts = [att("xlsx", T(c, "horaire_%s.xlsx", "schedule_%s.xlsx") % wk.strftime("%Y-%m-%d"),
                    D.make_xlsx([(T(c, "Horaire", "Schedule"), [hdr] + crews)], author=mgr.plain))]
    return M(c, "schedule", T(c, "horaire des équipes paramédicales", "paramedic crew schedule"), A(mgr),
             [(T(c, "Paramédics – secteur Est", "Paramedics - East sector"), "paramedics-est@ambboreal.example")],
             T(c, "Horaire semaine du %s", "Schedule week of %s") % wk.strftime("%Y-%m-%d"), text, html=html, atts=atts)


# ---------------------------------------------------------------- N2
def payroll(c):
    pay = c.w.staff("agente de paie", c.lang)
    d1 = ahead(c, days=c.rng.randint(3, 10))
    rows = [[T(c, "Code", "Code"), T(c, "Description", "Description"), T(c, "Taux", "Rate")],
            ["P12", T(c, "Prime de soir", "Evening premium"), "1,25 $/h" if c.lang == "fr" else "$1.25/h"],
            ["P14", T(c, "Prime de nuit", "Night premium"), "2,10 $/h" if c.lang == "fr" else "$2.10/h"],
            ["TS1", T(c, "Temps supplémentaire (1,5)", "Overtime (1.5x)"), "150 %"],
            ["RAP", T(c, "Rappel au travail (min. 3 h)", "Call-back (3 h minimum)"), "150 %"],
            ["MAL", T(c, "Congé de maladie payé", "Paid sick leave"), "100 %"]]
    text = "\n".join([hello(c), "",
                      T(c, "Rappel : les feuilles de temps de la période 05 doivent être approuvées au plus tard le %s à 12 h. "
                           "Le dépôt sera effectué le %s." % (short_d(c, d1), short_d(c, d1 + datetime.timedelta(days=6))),
                        "Reminder: period 05 timesheets must be approved by %s at noon. Deposit will be on %s."
                        % (short_d(c, d1), short_d(c, d1 + datetime.timedelta(days=6)))),
                      T(c, "Codes de paie les plus utilisés :", "Most used pay codes:"), "",
                      text_table(rows[0], rows[1:]), "",
                      T(c, "Pour toute question sur votre relevé, écrivez à paie@rsdr.example en indiquant votre "
                           "matricule d'employé (jamais votre NAS).",
                        "For questions about your pay stub, write to payroll@rsdr.example with your employee number "
                        "(never your SIN)."), "", sig(pay, c.lang)])
    atts = []
    if c.rng.random() < 0.5:
        atts.append(att("csv", T(c, "codes_paie.csv", "pay_codes.csv"), D.make_csv(rows, delimiter=";", encoding="utf-8"),
                        charset="utf-8"))
    return M(c, "payroll", T(c, "rappel de paie et codes", "payroll reminder and codes"), A(pay),
             [(T(c, "Tout le personnel", "All staff"), "tous@rsdr.example")],
             T(c, "Paie – approbation des feuilles de temps", "Payroll - timesheet approval"), text, atts=atts)


# ---------------------------------------------------------------- N3
def hr_leave(c):
    hr = c.w.staff("conseillère RH", c.lang)
    mgr = c.w.staff("gestionnaire des opérations", c.lang)
    emp = c.w.staff(c.pick(["paramédic", "répartiteur", "coordonnat"]), c.lang)
    from gen_common import FEMALE_GIVEN
    fem = emp.given in FEMALE_GIVEN
    reason = c.pick(T(c, ["une chirurgie du genou (ménisque)", "un congé de maternité" if fem else "un congé parental",
                          "un épuisement professionnel", "une fracture du poignet survenue en ski"],
                      ["knee surgery (meniscus)", "maternity leave" if fem else "parental leave", "burnout",
                       "a wrist fracture from skiing"]))
    back = ahead(c, days=c.rng.randint(30, 90))
    text = "\n".join([hello(c, mgr), "",
                      T(c, "Pour ta planification : %s (%s) sera absent(e)%s à compter du %s pour %s. "
                           "Retour progressif prévu vers le %s, selon le certificat médical reçu aux RH."
                           % (emp.plain, emp.role_fr, "", short_d(c, ahead(c, days=3)), reason, short_d(c, back)),
                        "For your planning: %s (%s) will be off starting %s for %s. Gradual return expected around %s "
                        "per the medical note received by HR." % (emp.plain, emp.role_en, short_d(c, ahead(c, days=3)),
                                                                  reason, short_d(c, back))),
                      T(c, "Le poste sera affiché en remplacement temporaire.", "The position will be posted as a temporary replacement."),
                      "", sig(hr, c.lang)])
    return M(c, "hr_leave", T(c, "absence d'un employé, RH", "employee leave, HR"), A(hr), [A(mgr)],
             T(c, "Absence prolongée – %s", "Extended leave - %s") % emp.plain, text)


# ---------------------------------------------------------------- N4
def occ_health(c):
    lead = c.w.staff("chef d'équipe", c.lang)
    hr = c.w.staff("conseillère RH", c.lang)
    emp = c.w.staff("paramédic", c.lang)
    t = ago(c, days=c.rng.randint(1, 4))
    injury = c.pick(T(c, ["entorse lombaire en soulevant une civière dans un escalier", "coupure à la main (bris de verre)",
                          "exposition à du sang (piqûre d'aiguille souillée), suivi post-exposition amorcé",
                          "commotion après une chute sur la glace au poste"],
                      ["lumbar strain lifting a stretcher on stairs", "hand laceration (broken glass)",
                       "blood exposure (needlestick), post-exposure follow-up started",
                       "concussion after slipping on ice at the station"]))
    emp_dob = datetime.date(c.rng.randint(1972, 1999), c.rng.randint(1, 12), c.rng.randint(1, 28))
    rows = [[T(c, "Employé", "Employee"), emp.plain], [T(c, "Matricule", "Employee #"), "E-%05d" % c.rng.randrange(99999)],
            [T(c, "Date de naissance (employé)", "Employee date of birth"), emp_dob.isoformat()],
            [T(c, "Date de l'événement", "Date of event"), short_dt(c, t)],
            [T(c, "Nature de la lésion", "Nature of injury"), injury],
            [T(c, "Assignation temporaire", "Modified duties"), T(c, "travaux légers au poste 2, 3 semaines", "light duties at station 2, 3 weeks")]]
    docx = D.make_docx([("h", T(c, "Déclaration d'accident du travail – employé", "Workplace injury report - employee")),
                        ("table", rows)], author=lead.plain)
    text = "\n".join([hello(c, hr), "",
                      T(c, "Ci-joint la déclaration pour %s, blessé(e) pendant son quart de %s. Je l'ai retiré(e) de l'horaire "
                           "jusqu'à nouvel ordre." % (emp.plain, short_d(c, t)),
                        "Attached is the report for %s, injured on shift on %s. I've taken them off the schedule "
                        "until further notice." % (emp.plain, short_d(c, t))),
                      T(c, "Le formulaire de l'assureur (lésion professionnelle) suivra.", "The workers' compensation form will follow."),
                      "", sig(lead, c.lang)])
    return M(c, "occupational_health", T(c, "déclaration d'accident du travail d'un paramédic", "paramedic workplace injury report"),
             A(lead), [A(hr)], T(c, "Accident de travail – %s", "Workplace injury - %s") % emp.plain, text,
             atts=[att("docx", T(c, "déclaration_accident_employé.docx", "employee_injury_report.docx"), docx, rfc2231=True)])


# ---------------------------------------------------------------- N5
def newsletter(c):
    ed = c.w.staff("coordonnatrice formation", c.lang)
    vet = c.w.staff("paramédic", c.lang)
    md = c.w.staff("directeur médical", c.lang)
    par1, par2 = c.w.staff("répartiteur", c.lang), c.w.staff("paramédic", c.lang)
    baby = c.pick(["Léo", "Florence", "Arthur", "Mila", "Jules", "Alice"])
    bd = ago(c, days=c.rng.randint(3, 20)).date()
    n_calls = c.rng.randint(2100, 2900)
    items = [
        (T(c, "25 ans de service", "25 years of service"),
         T(c, "Bravo à %s, paramédic au poste 4, qui souligne 25 ans de service et qui a formé une génération "
              "de collègues à la prise en charge de l'arrêt cardiaque." % civ(c, vet),
           "Congratulations to %s, paramedic at station 4, on 25 years of service - a generation of colleagues "
           "learned cardiac arrest care on those calls." % civ(c, vet))),
        (T(c, "Nouvelle direction médicale", "New medical director"),
         T(c, "%s, urgentologue et spécialiste du traitement de l'AVC et du STEMI, devient directeur médical régional."
              % md.full,
           "%s, emergency physician with a focus on stroke and STEMI systems of care, is our new regional medical "
           "director." % md.full)),
        (T(c, "Naissance", "New arrival"),
         T(c, "Félicitations à %s et %s pour la naissance de %s, née le %s (3,4 kg) !" % (par1.plain, par2.plain, baby, bd.isoformat()),
           "Congratulations to %s and %s on the birth of %s, born %s (7 lb 8 oz)!" % (par1.plain, par2.plain, baby, bd.isoformat()))),
        (T(c, "En chiffres", "By the numbers"),
         T(c, "%d appels traités le mois dernier, dont %d STEMI et %d codes AVC; délai médian d'affectation 1 min 42 s."
              % (n_calls, c.rng.randint(20, 45), c.rng.randint(25, 60)),
           "%d calls handled last month, including %d STEMIs and %d stroke codes; median assignment time 1 min 42 s."
           % (n_calls, c.rng.randint(20, 45), c.rng.randint(25, 60)))),
    ]
    c.rng.shuffle(items)
    text = T(c, "L'ÉCHO DU PRÉHOSPITALIER – bulletin interne\n\n", "THE PREHOSPITAL ECHO - internal newsletter\n\n") + \
        "\n\n".join("%s\n%s" % it for it in items) + "\n\n" + \
        T(c, "Pour vous désabonner, écrivez à bulletin@rsdr.example.", "To unsubscribe, write to bulletin@rsdr.example.")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<h1 style="color:#24577a">%s</h1>\n' % T(c, "L'Écho du préhospitalier", "The Prehospital Echo") +
            "\n".join("<h3>%s</h3>\n<p>%s</p>" % (h, b) for h, b in items) +
            "\n<hr><p style=\"font-size:9pt\">%s<br>%s<br>%s</p></body></html>\n" % (
                org_name("net", c.lang), org_addr("net"), org_phone("net")))
    return M(c, "newsletter", T(c, "bulletin interne du réseau", "network internal newsletter"), A(ed),
             [(T(c, "Tout le personnel préhospitalier", "All prehospital staff"), "prehospitalier@rsdr.example")],
             T(c, "L'Écho du préhospitalier – %s", "The Prehospital Echo - %s") % c.when.strftime("%Y-%m"),
             text, html=html)


# ---------------------------------------------------------------- N6
def committee(c):
    chair = c.w.staff(c.pick(["directeur médical", "conseiller qualité"]), c.lang)
    when = ahead(c, days=c.rng.randint(5, 20)).replace(hour=13, minute=30, second=0, microsecond=0)
    agenda = T(c, ["Adoption du compte rendu", "Délais de transfert STEMI – données agrégées T4",
                   "Taux de détournement AVC par secteur", "Nouveau formulaire de transfert (version 3)", "Varia"],
               ["Approval of minutes", "STEMI transfer times - aggregate Q4 data", "Stroke bypass rates by sector",
                "New transfer request form (v3)", "Other business"])
    text = "\n".join([hello(c), "",
                      T(c, "La prochaine réunion du comité qualité préhospitalière aura lieu le %s, salle 2.104 et sur Teams."
                        % short_dt(c, when),
                        "The next prehospital quality committee meeting is %s, room 2.104 and on Teams." % short_dt(c, when)),
                      "", T(c, "Ordre du jour :", "Agenda:")] + ["%d. %s" % (i + 1, a) for i, a in enumerate(agenda)] +
                     ["", c.pick([T(c, "Merci de confirmer votre présence.", "Please confirm attendance."),
                                  T(c, "Les documents seront déposés dans le dossier partagé la veille.",
                                    "Documents will be in the shared folder the day before.")]),
                      "", sig(chair, c.lang)])
    ics = D.make_ics("cq-%d@rsdr.example" % c.rng.randrange(10 ** 6), when.replace(tzinfo=None),
                     (when + datetime.timedelta(hours=2)).replace(tzinfo=None),
                     T(c, "Comité qualité préhospitalière", "Prehospital quality committee"), "Salle 2.104 / Teams",
                     "; ".join(agenda), chair.email, stamp=c.when.replace(tzinfo=None))
    return M(c, "committee", T(c, "convocation de comité avec invitation", "committee notice with invite"), A(chair),
             [(T(c, "Comité qualité", "Quality committee"), "comite.qualite@rsdr.example")],
             T(c, "Convocation – comité qualité du %s", "Notice - quality committee %s") % when.strftime("%Y-%m-%d"),
             text, atts=[att("ics", "invitation.ics", ics)])


# ---------------------------------------------------------------- N7
def conference(c):
    ce = c.w.staff("coordonnatrice formation", c.lang)
    day = ahead(c, days=c.rng.randint(20, 60)).date()
    talks = [(T(c, "Reconnaissance préhospitalière du STEMI", "Prehospital STEMI recognition"), "cardio"),
             (T(c, "AVC : détournement vers la thrombectomie", "Stroke: bypass to thrombectomy"), "neuro"),
             (T(c, "Sepsis et lactate capillaire", "Sepsis and point-of-care lactate"), "intens"),
             (T(c, "Surdoses d'opioïdes : naloxone en 2025", "Opioid overdose: naloxone in 2025"), "urg"),
             (T(c, "Transport du nouveau-né prématuré", "Transporting the premature newborn"), "neo")]
    rows = [[T(c, "Heure", "Time"), T(c, "Conférence", "Talk"), T(c, "Conférencier", "Speaker")]]
    h = 8
    for title, _ in talks:
        sp = c.w.staff(c.pick(["urgentologue", "intensiviste", "directeur médical"]), c.lang)
        rows.append(["%02d:%s" % (h, c.pick(["00", "30"])), title, "%s (%s)" % (sp.full, org_name(sp.org, c.lang))])
        h += 1
    pdf = D.make_pdf([("h", T(c, "Symposium préhospitalier de l'Est – programme", "Eastern Prehospital Symposium - programme")),
                      ("p", T(c, "%s, Centre des congrès de Saint-Aurèle" % short_d(c, day), "%s, Saint-Aurèle Convention Centre" % short_d(c, day))),
                      ("table", rows), ("p", T(c, "Crédits : 6 heures de formation continue.", "Credits: 6 CE hours."))],
                     title="Programme")
    text = "\n".join([hello(c), "",
                      T(c, "Le programme du symposium est en pièce jointe. Inscription avant le %s (places limitées)."
                        % short_d(c, day - datetime.timedelta(days=10)),
                        "The symposium programme is attached. Register before %s (limited seats)."
                        % short_d(c, day - datetime.timedelta(days=10))), "", sig(ce, c.lang)])
    return M(c, "conference", T(c, "programme de symposium avec conférenciers", "symposium programme with speakers"),
             A(ce), [(T(c, "Personnel clinique", "Clinical staff"), "clinique@rsdr.example")],
             T(c, "Symposium préhospitalier – programme", "Prehospital symposium - programme"), text,
             atts=[att("pdf", T(c, "programme_symposium.pdf", "symposium_programme.pdf"), pdf)])


# ---------------------------------------------------------------- N8
def job_posting(c):
    hr = c.w.staff("conseillère RH", c.lang)
    job = c.pick(T(c, ["Paramédic en soins avancés (PSA)", "Répartiteur médical d'urgence", "Infirmière coordonnatrice – CCT",
                       "Technicien de flotte"],
                   ["Advanced Care Paramedic (ACP)", "Emergency Medical Dispatcher", "Transfer Centre Nurse Coordinator",
                    "Fleet Technician"]))
    close = ahead(c, days=c.rng.randint(10, 25))
    text = "\n".join([T(c, "AFFICHAGE DE POSTE – %s" % job, "JOB POSTING - %s" % job), "",
                      T(c, "Statut : temps complet permanent, rotation jour/nuit", "Status: full-time permanent, day/night rotation"),
                      T(c, "Lieu : Saint-Aurèle", "Location: Saint-Aurèle"),
                      T(c, "Salaire : selon la convention collective (échelon 1 à 12)", "Salary: per collective agreement (steps 1-12)"), "",
                      T(c, "Exigences : permis de pratique valide, RCR à jour, bilinguisme un atout. Connaissance des protocoles "
                           "STEMI, AVC et sepsis.",
                        "Requirements: valid licence, current CPR, bilingualism an asset. Familiarity with STEMI, stroke "
                        "and sepsis protocols."), "",
                      T(c, "Faire parvenir votre CV avant le %s." % short_d(c, close), "Send your CV before %s." % short_d(c, close)),
                      "", sig(hr, c.lang)])
    return M(c, "job_posting", T(c, "affichage de poste", "job posting"), A(hr),
             [(T(c, "Affichage interne", "Internal postings"), "affichage@rsdr.example")],
             T(c, "Affichage – %s", "Posting - %s") % job, text)


# ---------------------------------------------------------------- N9
def invoice(c):
    vk = c.pick(["medifourni", "oxyline", "uniforme", "stryvex"])
    vname, vdom, vphone = VENDORS[vk]
    buyer = c.w.staff("acheteuse", c.lang)
    inv = "F-%d-%05d" % (c.when.year, c.rng.randrange(99999))
    client = sin_like(c.rng)
    items = {"medifourni": [("Naloxone 4 mg vaporisateur nasal", 48, 31.5), ("Épinéphrine 1 mg/mL amp.", 60, 4.2),
                            ("Électrodes de défibrillation adulte", 24, 38.0)],
             "oxyline": [("Bouteille O2 format D – recharge", 120, 14.0), ("Régulateur O2 0-25 L", 6, 189.0)],
             "uniforme": [("Pantalon cargo marine", 40, 72.0), ("Manteau haute visibilité", 18, 245.0)],
             "stryvex": [("Civière motorisée – entretien annuel", 12, 410.0), ("Sangles de civière (jeu)", 20, 56.0)]}[vk]
    if c.lang == "en":
        tr = {"Naloxone 4 mg vaporisateur nasal": "Naloxone 4 mg nasal spray", "Épinéphrine 1 mg/mL amp.": "Epinephrine 1 mg/mL amp.",
              "Électrodes de défibrillation adulte": "Adult defibrillation pads", "Bouteille O2 format D – recharge": "O2 cylinder D refill",
              "Régulateur O2 0-25 L": "O2 regulator 0-25 L", "Pantalon cargo marine": "Navy cargo pants",
              "Manteau haute visibilité": "High-visibility jacket", "Civière motorisée – entretien annuel": "Powered stretcher - annual service",
              "Sangles de civière (jeu)": "Stretcher straps (set)"}
        items = [(tr[a], b, p) for a, b, p in items]
    rows = [[T(c, "Article", "Item"), T(c, "Qté", "Qty"), T(c, "Prix unitaire", "Unit price"), T(c, "Total", "Total")]]
    tot = 0
    for name, q, pr in items:
        rows.append([name, str(q), "%.2f" % pr, "%.2f" % (q * pr)])
        tot += q * pr
    rows.append(["TPS/GST 5 %", "", "", "%.2f" % (tot * 0.05)])
    rows.append(["TVQ/QST 9,975 %", "", "", "%.2f" % (tot * 0.09975)])
    pdf = D.make_pdf([("h", "%s – %s %s" % (vname, T(c, "Facture", "Invoice"), inv)),
                      ("p", T(c, "Client : %s – N° de client %s" % (NET_FR, client), "Customer: %s - Customer no. %s" % (NET_EN, client))),
                      ("p", T(c, "Bon de commande : BC-%d" % c.rng.randrange(40000, 49999), "PO: BC-%d" % c.rng.randrange(40000, 49999))),
                      ("table", rows), ("p", T(c, "Payable net 30 jours. %s, %s" % (vname, vphone), "Net 30. %s, %s" % (vname, vphone)))],
                     title=inv)
    text = "\n".join([T(c, "Bonjour,", "Hello,"), "",
                      T(c, "Veuillez trouver ci-joint la facture %s (n° de client %s)." % (inv, client),
                        "Please find attached invoice %s (customer no. %s)." % (inv, client)),
                      "", T(c, "Service à la clientèle", "Customer service"), vname, vphone, "factures@" + vdom])
    return M(c, "invoice", T(c, "facture de fournisseur", "vendor invoice"), (vname, "factures@" + vdom), [A(buyer)],
             T(c, "Facture %s", "Invoice %s") % inv, text, atts=[att("pdf", "%s.pdf" % inv, pdf)])


# ---------------------------------------------------------------- N10
def purchase_order(c):
    buyer = c.w.staff("acheteuse", c.lang)
    vname, vdom, vphone = VENDORS[c.pick(["cardiovue", "stryvex", "radiocom"])]
    po = "BC-%d" % c.rng.randrange(40000, 49999)
    rows = [[T(c, "Ligne", "Line"), T(c, "Description", "Description"), T(c, "N° de série", "Serial no."),
             T(c, "Étiquette d'actif", "Asset tag"), T(c, "Unité", "Unit")]]
    for i in range(c.rng.randint(3, 6)):
        rows.append([str(i + 1), c.pick(["Moniteur-défibrillateur CV-35", "Civière motorisée PX-2", "Radio portative RN-8",
                                         "Tablette ePCR durcie"]) if c.lang == "fr" else
                     c.pick(["Monitor-defibrillator CV-35", "Powered stretcher PX-2", "Portable radio RN-8", "Rugged ePCR tablet"]),
                     luhn10(c.rng), sin_like(c.rng).replace(" ", ""), "%d%02d" % (c.pick([71, 72, 73]), c.rng.randint(1, 30))])
    xl = D.make_xlsx([(po, rows)], author=buyer.plain)
    text = "\n".join([hello(c), "",
                      T(c, "Voici le bon de commande %s. Merci de confirmer les numéros de série avant l'expédition "
                           "et de livrer au garage central (quai 2)." % po,
                        "Here is purchase order %s. Please confirm serial numbers before shipping and deliver to the "
                        "central garage (dock 2)." % po), "", sig(buyer, c.lang)])
    return M(c, "purchase_order", T(c, "bon de commande d'équipement avec numéros de série", "equipment PO with serial numbers"),
             A(buyer), [(vname, "ventes@" + vdom)], T(c, "Bon de commande %s", "Purchase order %s") % po, text,
             atts=[att("xlsx", "%s.xlsx" % po, xl)])
