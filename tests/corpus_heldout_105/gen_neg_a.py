"""Step 9 - non-confidential messages, part A (notices, invoices, software, statistics, questions, training, forms, HR)."""
import datetime as dt

import gen_data as D
import gen_files as F
import gen_vocab as V
from gen_mime import Att, Quote, Table
from gen_pos_a import dd, fee, mk, month_name, safe_file, who


def pct(c, a, b):
    return f"{a:.1f}".replace(".", ",") if c.fr else f"{a:.1f}"


def money(c, x):
    s = f"{x:,.2f}"
    return s.replace(",", " ").replace(".", ",") + " $" if c.fr else "$" + s


# ---------------------------------------------------- N1. fee schedule notice
def ramq_notice(c):
    ag = c.agency()
    a = c.staff(ag, c.t("Conseillère en facturation", "Billing advisor"))
    cls = c.rng.sample(c.orgs["clinics"], 2)
    d = c.when()
    fc1, fc2 = c.rng.sample(V.FEE_CODES, 2)
    dxs = c.rng.sample(V.DIAGNOSES, 3)
    eff = (d + dt.timedelta(days=c.rng.randint(10, 45))).date()
    var = c.rng.randint(0, 2)
    if var == 0:
        body = c.L([f"À compter du {c.date(eff)}, le code {fc1[0]} ({fc1[1].lower()}) devra obligatoirement être "
                    f"accompagné d'un code de diagnostic. Les conditions reconnues pour le code {fc2[0]} incluent notamment : "
                    f"{', '.join(V.diag(x, 'fr') for x in dxs)}.",
                    "Les demandes transmises sans diagnostic seront refusées avec le message 158. Nous ajusterons les "
                    "gabarits dans le logiciel; aucune action n'est requise de votre part pour l'instant."],
                   [f"As of {c.date(eff)}, code {fc1[0]} ({fc1[2].lower()}) must be accompanied by a diagnosis code. "
                    f"Qualifying conditions for code {fc2[0]} include: {', '.join(V.diag(x, 'en') for x in dxs)}.",
                    "Claims sent without a diagnosis will be rejected with message 158. We will update the templates in "
                    "the software; no action is needed on your side for now."])
    elif var == 1:
        body = c.L([f"La RAMQ a publié l'infolettre du {c.date(d.date())}. Points saillants pour la médecine familiale :",
                    Table(["Code", "Changement"], [[fc1[0], f"Nouveau tarif {fc1[3]} $"], [fc2[0], "Abolition du supplément de soir"],
                                                  ["19950", "Limite d'une prise en charge par 12 mois"]]),
                    "Rappel : le NAM doit être saisi sans espaces ni tirets (format XXXX 9999 9999 à l'écran seulement)."],
                   [f"RAMQ issued its bulletin of {c.date(d.date())}. Highlights for family medicine:",
                    Table(["Code", "Change"], [[fc1[0], f"New fee {fc1[3].replace(',', '.')} $"], [fc2[0], "Evening premium removed"],
                                              ["19950", "Limit of one enrolment per 12 months"]]),
                    "Reminder: enter the health insurance number without spaces or dashes (XXXX 9999 9999 is display only)."])
    else:
        body = c.L([f"Rappel : le délai de facturation est de 90 jours suivant la date du service. Au dernier trimestre, "
                    f"{c.rng.randint(40, 160)} demandes de nos clients ont été refusées pour dépassement du délai (message 442).",
                    "Merci de nous transmettre les feuilles de route au plus tard le vendredi de chaque semaine."],
                   [f"Reminder: the billing deadline is 90 days after the service date. Last quarter, "
                    f"{c.rng.randint(40, 160)} claims from our clients were rejected for exceeding it (message 442).",
                    "Please send us your day sheets by Friday of each week at the latest."])
    body = body if isinstance(body, list) else [body]
    blocks = [c.t("Bonjour à tous,", "Hello everyone,")] + body + [c.bye(), c.sig(a)]
    subj = c.t(["Avis - modifications au manuel des médecins omnipraticiens", "Infolettre RAMQ : ce qui change",
                "Rappel - délai de 90 jours", f"Nouveautés de facturation - {month_name(c, d)}"],
               ["Notice - changes to the GP billing manual", "RAMQ bulletin: what's changing", "Reminder - 90-day deadline",
                f"Billing updates - {month_name(c, d)}"])
    to = [(f"{x.name}", f"admin@{x.domain}") for x in cls]
    return mk(c, a, to, subj, blocks, date=d, style=c.ch(None, "html")), "agency relays fee-schedule notice (codes, diseases, no patient)"


# --------------------------------------------------------- N2. agency invoice
def agency_invoice(c):
    ag, cl = c.agency(), c.clinic()
    a = c.staff(ag, c.t("Comptabilité", "Accounting"))
    adm = c.staff(cl, c.t("Directrice administrative", "Clinic administrator"))
    d = c.when()
    docs = [c.doctor(cl) for _ in range(c.rng.randint(3, 6))]
    rate = c.ch(3.5, 4.0, 4.5, 5.0)
    rows, tot = [], 0
    for x in docs:
        billed = c.rng.randint(18000, 72000) + c.rng.random()
        fee_amt = billed * rate / 100
        tot += fee_amt
        rows.append([x.title(c.lang), money(c, billed), (f"{rate} %".replace(".", ",") if c.fr else f"{rate}%"), money(c, fee_amt)])
    tps = D.luhn_number(c.rng, 9, first=c.rng.randint(1, 7))
    inv = f"{ag.name.split()[0][:3].upper()}-{d.year}-{c.rng.randint(100, 999)}"
    lines = [ag.name, ag.address, c.t(f"TPS : {tps} RT0001   TVQ : {c.rng.randint(10 ** 9, 10 ** 10 - 1)} TQ0001",
                                      f"GST: {tps} RT0001   QST: {c.rng.randint(10 ** 9, 10 ** 10 - 1)} TQ0001"),
             c.t(f"Facture {inv} - {cl.name}", f"Invoice {inv} - {cl.name}"),
             c.t(f"Période : {month_name(c, d)} {d.year}", f"Period: {month_name(c, d)} {d.year}"),
             ("table", [c.t("Médecin", "Physician"), c.t("Montant facturé RAMQ", "RAMQ billed"), c.t("Taux", "Rate"),
                        c.t("Honoraires", "Fee")], rows),
             c.t(f"Total avant taxes : {money(c, tot)}", f"Total before tax: {money(c, tot)}")]
    as_xlsx = c.rng.random() < 0.3
    if as_xlsx:
        data = F.make_xlsx([(c.t("Facture", "Invoice"), [c.t("Médecin", "Physician"), c.t("Facturé", "Billed"), c.t("Taux", "Rate"),
                                                          c.t("Honoraires", "Fee")], rows)], author=a.name)
        att = Att(f"{inv}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data)
    else:
        att = Att(c.t(c.ch(f"Facture {inv}.pdf", f"Facture {inv} - période de {month_name(c, d)}.pdf"), f"Invoice {inv}.pdf"), "application/pdf",
                  F.make_pdf(c.t("Facture", "Invoice"), lines, author=a.name, compress=c.rng.random() < 0.5))
    blocks = [c.hello(adm),
              c.t(f"Vous trouverez ci-jointe notre facture pour les services de facturation du mois de {month_name(c, d)}. "
                  "Paiement par dépôt direct dans les 30 jours.",
                  f"Please find attached our invoice for {month_name(c, d)} billing services. Payment by direct deposit "
                  "within 30 days."),
              c.bye(), c.sig(a)]
    return mk(c, a, adm, c.t(f"Facture {inv}", f"Invoice {inv}"), blocks, atts=[att], date=d), \
        "billing agency's monthly invoice to clinic: physicians and amounts only"


# --------------------------------------------------------- N3. software notice
def software_notice(c):
    sw = c.rng.choice(D.SOFTWARE)
    vend = D.Org(sw + " inc.", D.SOFTWARE_VENDOR[sw], "1 888 555-01%02d" % c.rng.randint(0, 99), "", "vendor")
    sender = (c.t(f"Soutien {sw}", f"{sw} Support"), f"{c.ch('soutien', 'support', 'noreply')}@{vend.domain}")
    cl = c.clinic()
    to = [(c.t("Utilisateurs", "Users"), f"admin@{cl.domain}")]
    d = c.when()
    ver = f"{c.rng.randint(5, 9)}.{c.rng.randint(0, 9)}.{c.rng.randint(0, 20)}"
    var = c.rng.randint(0, 3)
    if var == 0:
        subj = c.t(f"{sw} {ver} - mise à jour obligatoire", f"{sw} {ver} - mandatory update")
        body = c.L([f"La version {ver} de {sw} sera déployée automatiquement dans la nuit du {c.date((d + dt.timedelta(days=3)).date())}.",
                    "Nouveautés :\n- validation du NAM en temps réel lors de la saisie;\n- nouveaux codes d'acte du manuel en vigueur;\n"
                    "- correction : les demandes avec le modificateur 094 ne sont plus bloquées.",
                    "Aucune donnée patient n'est transmise lors de la mise à jour."],
                   [f"{sw} version {ver} will be deployed automatically overnight on {c.date((d + dt.timedelta(days=3)).date())}.",
                    "What's new:\n- real-time health number validation on entry;\n- new fee codes from the current manual;\n"
                    "- fix: claims with modifier 094 are no longer blocked.", "No patient data is transferred during the update."])
    elif var == 1:
        subj = c.t("Maintenance planifiée - service de transmission", "Scheduled maintenance - transmission service")
        body = c.L([f"Le service de transmission des demandes de paiement sera interrompu le {c.date(d.date())} de 22 h à 2 h.",
                    "Les lots créés pendant cette période seront mis en file d'attente et transmis automatiquement."],
                   [f"The claim transmission service will be down on {c.date(d.date())} from 10 p.m. to 2 a.m.",
                    "Batches created during that window will be queued and sent automatically."])
    elif var == 2:
        subj = c.t("Problème connu - refus 095 en série", "Known issue - mass 095 rejections")
        body = c.L(["Plusieurs cliniques nous signalent des refus 095 (NAM invalide) sur des cartes valides depuis hier.",
                    "La cause est un fichier de référence périmé. Un correctif est disponible : Outils > Mise à jour des tables.",
                    "Exemple de NAM de test pour valider : TEST 0000 0000 (environnement de formation seulement)."],
                   ["Several clinics report 095 rejections (invalid HIN) on valid cards since yesterday.",
                    "The cause is an outdated reference file. A fix is available: Tools > Update tables.",
                    "Test number for validation: TEST 0000 0000 (training environment only)."])
    else:
        subj = c.t(f"Fin du soutien de {sw} 5.x", f"End of support for {sw} 5.x")
        body = c.L([f"Le soutien de la version 5.x prendra fin le 31 mars. Licence no {D.luhn_number(c.rng, 10)} : "
                    "votre migration est incluse dans votre contrat.", "Réservez une plage de migration avec notre équipe."],
                   [f"Support for version 5.x ends March 31. Licence no. {D.luhn_number(c.rng, 10)}: your migration is "
                    "included in your contract.", "Book a migration slot with our team."])
    blocks = [c.t("Bonjour,", "Hello,")] + body + [c.t(f"L'équipe {sw}", f"The {sw} team"),
                                                   f"{vend.phone} | https://{vend.domain}/soutien"]
    return mk(c, sender, to, subj, blocks, date=d, style=c.ch("html", "alt", None)), "billing software vendor notice"


# ----------------------------------------------------- N4. rejection statistics
def rejection_stats(c):
    ag, cl = c.agency(), c.clinic()
    a = c.staff(ag, c.t("Analyste", "Analyst"))
    adm = c.staff(cl, c.t("Directrice administrative", "Clinic administrator"))
    d = c.when()
    rows = []
    for e in c.rng.sample(V.EXPLAN, 5):
        n = c.rng.randint(3, 140)
        rows.append([e[0], e[1] if c.fr else e[2], str(n), pct(c, n / 9.7, 0) + " %"])
    docs = [c.doctor(cl) for _ in range(3)]
    drows = [[x.title(c.lang), str(c.rng.randint(400, 1900)), str(c.rng.randint(5, 80)),
              pct(c, c.rng.uniform(0.4, 6.5), 0) + " %"] for x in docs]
    q = (d.month - 1) // 3 + 1
    blocks = [c.hello(adm),
              c.t(f"Voici les statistiques de refus du T{q} pour la clinique.", f"Here are the Q{q} rejection statistics for the clinic."),
              Table([c.t("Message", "Message"), c.t("Libellé", "Description"), c.t("Nombre", "Count"), "%"], rows),
              Table([c.t("Médecin", "Physician"), c.t("Demandes", "Claims"), c.t("Refus", "Rejections"), c.t("Taux", "Rate")], drows),
              c.t("Le taux global est en baisse par rapport au trimestre précédent. Le message 158 (diagnostic manquant) "
                  "reste le plus fréquent, surtout pour les suivis de diabète et de MPOC.",
                  "The overall rate is down from last quarter. Message 158 (missing diagnosis) is still the most common, "
                  "mostly on diabetes and COPD follow-ups."),
              c.bye(), c.sig(a)]
    atts = []
    if c.rng.random() < 0.4:
        data = F.make_xlsx([(c.t("Par message", "By message"), ["Code", c.t("Libellé", "Description"), "N", "%"], rows),
                            (c.t("Par médecin", "By physician"), [c.t("Médecin", "Physician"), c.t("Demandes", "Claims"), c.t("Refus", "Rejections"), c.t("Taux", "Rate")], drows)],
                           author=a.name)
        atts.append(Att(c.t(c.ch(f"stats_refus_T{q}_{d.year}.xlsx", f"Statistiques_refus_T{q}_{d.year}_clinique_{cl.name.split()[-1]}.xlsx"), f"rejection_stats_Q{q}_{d.year}.xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data))
    return mk(c, a, adm, c.t(f"Statistiques de refus T{q}", f"Q{q} rejection statistics"), blocks, atts=atts, date=d), \
        "aggregate rejection statistics by message and by physician"


# ---------------------------------------------------- N5. general billing question
def fee_question(c):
    cl, ag = c.clinic(), c.agency()
    adm = c.staff(cl)
    a = c.staff(ag, c.t("Conseillère en facturation", "Billing advisor"))
    fc1, fc2 = c.rng.sample(V.FEE_CODES, 2)
    dx = dd(c, None)
    d = c.when()
    qs = c.t([f"Est-ce qu'on peut facturer le {fc1[0]} et le {fc2[0]} le même jour pour un même patient?",
              f"Pour un patient suivi pour {V.diag(dx, 'fr')}, est-ce que la visite compte comme « patient vulnérable »?",
              "Quand un patient n'a pas sa carte, combien de temps a-t-on pour obtenir le NAM avant de facturer?",
              f"Les infiltrations ({fc1[0]}) faites par l'infirmière praticienne, on les facture sous quel numéro?"],
             [f"Can we bill {fc1[0]} and {fc2[0]} on the same day for the same patient?",
              f"For a patient followed for {V.diag(dx, 'en')}, does the visit count as a 'vulnerable patient' visit?",
              "When a patient doesn't have their card, how long do we have to get the number before billing?",
              f"Injections ({fc1[0]}) done by the nurse practitioner - under which number do we bill them?"])
    ans = c.t([f"Oui, à condition que les heures soient différentes et inscrites. Pour le {fc2[0]}, le diagnostic est obligatoire.",
               "Oui, c'est une des conditions reconnues. Il faut l'inscrire comme diagnostic principal.",
               "Vous avez 90 jours à partir de la date du service. Au-delà, la demande sera refusée.",
               "Sous le numéro du médecin partenaire, avec l'élément de contexte approprié."],
              [f"Yes, provided the times are different and entered. For {fc2[0]} a diagnosis is mandatory.",
               "Yes, it's one of the recognized conditions. Enter it as the main diagnosis.",
               "You have 90 days from the service date. After that the claim will be rejected.",
               "Under the partner physician's number, with the appropriate context element."])
    qb = [c.hello(a), qs, c.sig(adm)]
    if c.rng.random() < 0.55:
        q = Quote(c.ch("gt", "outlook"), c.lang, who(c, adm), c.when(d - dt.timedelta(days=1)), qb,
                  to=[who(c, a)], subject=c.t("Question facturation", "Billing question"))
        return mk(c, a, adm, c.t("RE: Question facturation", "RE: Billing question"), [c.hello(adm), ans, c.bye(), c.sig(a), q],
                  reply=True, date=d), "general billing rule question and answer, no patient"
    return mk(c, adm, a, c.t(["Question facturation", "Petite question", f"Code {fc1[0]}"],
                             ["Billing question", "Quick question", f"Code {fc1[0]}"]), qb, date=d), \
        "general billing rule question, no patient"


# --------------------------------------------------------- N6. teaching cases
def teaching(c):
    ag = c.agency()
    a = c.staff(ag, c.t("Formatrice", "Trainer"))
    d = c.when()
    cases = []
    for i in range(c.rng.randint(3, 5)):
        age = c.rng.randint(19, 92)
        fem = c.rng.random() < 0.5
        dx = V.diag_for(c.rng, D.Patient("X", "Y", dt.date(2025 - age, 6, 1), "F" if fem else "M"))
        sex = c.t("Femme" if fem else "Homme", "Woman" if fem else "Man")
        place = c.t(c.ch("en cabinet", "à domicile", "en CHSLD", "à l'urgence"), c.ch("in the office", "at home", "in long-term care", "in the ER"))
        cases.append(c.t(f"Cas {i + 1} : {sex} de {age} ans, {V.diag(dx, 'fr')}, {'vue' if fem else 'vu'} {place}. Quel code d'acte et quel "
                         "élément de contexte?",
                         f"Case {i + 1}: {sex}, {age}, {V.diag(dx, 'en')}, seen {place}. Which fee code and context element?"))
    blocks = [c.t("Bonjour à toutes et à tous,", "Hi all,"),
              c.t("Pour la formation de jeudi, voici les cas pratiques (fictifs) à préparer :",
                  "For Thursday's training, here are the (fictitious) practice cases to prepare:")] + cases + \
             [c.t("Les réponses seront revues en groupe.", "We'll go over the answers together."), c.sig(a)]
    atts = []
    if c.rng.random() < 0.5:
        atts.append(Att(c.t("Cas_pratiques_facturation_médicale.docx", "Billing_practice_cases.docx"),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        F.make_docx([("h", c.t("Cas pratiques - facturation", "Practice cases - billing"))] + cases, author=a.name)))
    to = [(c.t("Équipe facturation", "Billing team"), f"equipe@{ag.domain}")]
    return mk(c, a, to, c.t("Formation - cas pratiques", "Training - practice cases"), blocks, atts=atts, date=d), \
        "anonymised teaching cases (age, sex, disease, no identity)"


# ------------------------------------------------------------ N7. blank forms
def blank_form(c):
    cl = c.clinic()
    adm = c.staff(cl)
    ag = c.agency()
    a = c.staff(ag)
    d = c.when()
    var = c.rng.randint(0, 2)
    if var == 0:
        blocks_doc = [("h", c.t("Consentement - services non assurés", "Consent - uninsured services")),
                      c.t("Nom du patient : ______________________", "Patient name: ______________________"),
                      c.t("NAM : ____ ____ ____      Date de naissance : ____-__-__", "Health number: ____ ____ ____      DOB: ____-__-__"),
                      c.t("Service demandé : ______________________   Montant : ________ $", "Service requested: ______________   Amount: ______ $"),
                      c.t("Je reconnais avoir été informé(e) que ce service n'est pas couvert par la RAMQ.",
                          "I acknowledge that I was informed this service is not covered by RAMQ."),
                      c.t("Signature : ____________________", "Signature: ____________________")]
        fname = c.t("Formulaire_consentement_services_non_assurés.docx", "Consent_form_blank.docx")
        att = Att(fname, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  F.make_docx(blocks_doc, author=adm.name))
        txt = c.t("Voici le formulaire vierge à imprimer pour la réception.", "Here's the blank form to print for the front desk.")
    elif var == 1:
        pdf = F.make_pdf(c.t("Demande de révision - formulaire", "Review request - form"),
                         [c.t("Nom du professionnel : ____________  Numéro : _-_____", "Physician name: ____________  Number: _-_____"),
                          c.t("Numéro de la demande : ______________", "Claim number: ______________"),
                          c.t("Motif de la révision : [ ] diagnostic  [ ] date  [ ] code d'acte  [ ] autre",
                              "Reason: [ ] diagnosis  [ ] date  [ ] fee code  [ ] other"),
                          c.t("Joindre les pièces justificatives. Ne pas inscrire d'information clinique non nécessaire.",
                              "Attach supporting documents. Do not include unnecessary clinical information.")], compress=True)
        att = Att(c.t("Demande_révision_vierge.pdf", "Review_request_blank.pdf"), "application/pdf", pdf)
        txt = c.t("Le nouveau gabarit de demande de révision est joint. Merci de remplacer l'ancien.",
                  "The new review-request template is attached. Please replace the old one.")
    else:
        tpl = c.t("Bonjour [Prénom Nom],\n\nVotre facture no [numéro] au montant de [montant] $ est en souffrance depuis [jours] jours. "
                  "Merci de communiquer avec la clinique.\n\n[Signature]",
                  "Hello [First Last],\n\nYour invoice no. [number] for $[amount] is [days] days overdue. Please contact the "
                  "clinic.\n\n[Signature]")
        att = Att(c.t("modèle_lettre_rappel_paiement.txt", "payment_reminder_template.txt"), "text/plain", tpl)
        txt = c.t("Modèle de lettre de rappel pour les comptes en souffrance (à adapter).",
                  "Reminder-letter template for overdue accounts (to adapt).")
    blocks = [c.hello(a), txt, c.bye(), c.sig(adm)]
    return mk(c, adm, a, c.t(["Formulaire vierge", "Nouveau gabarit", "Modèle"], ["Blank form", "New template", "Template"]),
              blocks, atts=[att], date=d), "blank form or template with empty patient fields"


# ------------------------------------------------------ N8. HR / schedule
def hr_schedule(c):
    ag = c.agency()
    mgr = c.staff(ag, c.t("Directrice des opérations", "Operations manager"))
    team = [c.staff(ag, c.t("Agente de facturation", "Billing agent")) for _ in range(c.rng.randint(3, 6))]
    d = c.when()
    var = c.rng.randint(0, 3)
    if var == 0:
        days = c.L(["lun.", "mar.", "mer.", "jeu.", "ven."], ["Mon", "Tue", "Wed", "Thu", "Fri"])
        rows = [[t.name] + [c.ch("8h-16h", "9h-17h", "télétravail", "congé", "7h30-15h30") if c.fr else
                            c.ch("8-4", "9-5", "WFH", "off", "7:30-3:30") for _ in days] for t in team]
        blocks = [c.t("Bonjour l'équipe,", "Hi team,"), c.t("Voici l'horaire de la semaine prochaine :", "Here's next week's schedule:"),
                  Table([c.t("Employé(e)", "Employee")] + days, rows), c.sig(mgr)]
        subj = c.t("Horaire semaine prochaine", "Next week's schedule")
    elif var == 1:
        t = team[0]
        blocks = [c.hello(t), c.t(f"Ta demande de vacances du {c.date((d + dt.timedelta(days=30)).date())} au "
                                  f"{c.date((d + dt.timedelta(days=44)).date())} est approuvée. Pense à transférer tes "
                                  "dossiers de clinique à une collègue.",
                                  f"Your vacation request from {c.date((d + dt.timedelta(days=30)).date())} to "
                                  f"{c.date((d + dt.timedelta(days=44)).date())} is approved. Please hand over your clinic "
                                  "files to a colleague."), c.sig(mgr)]
        subj = c.t("Vacances approuvées", "Vacation approved")
    elif var == 2:
        blocks = [c.t("Bonjour à toutes,", "Hi all,"),
                  c.t("La paie du 15 sera déposée un jour plus tard à cause du congé férié. Les relevés de paie sont "
                      "disponibles dans le portail employé. Les heures supplémentaires de fin d'année seront payées en janvier.",
                      "Payroll on the 15th will be deposited a day late because of the holiday. Pay stubs are in the "
                      "employee portal. Year-end overtime will be paid in January."), c.sig(mgr)]
        subj = c.t("Paie - date de dépôt", "Payroll deposit date")
    else:
        rows = [[t.name, c.ch("Clinique des Écluses", "GMF Vieux-Moulin", "Polyclinique St-Arsène", "CH Baie-Verte")]
                for t in team]
        blocks = [c.t("Bonjour,", "Hello,"), c.t("Nouvelle répartition des clients à compter du 1er du mois :",
                                                "New client assignments starting the 1st:"),
                  Table([c.t("Agente", "Agent"), c.t("Clients", "Clients")], rows), c.sig(mgr)]
        subj = c.t("Répartition des clients", "Client assignments")
    to = [who(c, t) for t in team]
    return mk(c, mgr, to, subj, blocks, date=d), "staff schedule, vacation, payroll or assignments"


# ------------------------------------------------------------- N9. job posting
def job_posting(c):
    org = c.rng.choice(c.orgs["agencies"] + c.orgs["clinics"])
    hr = c.staff(org, c.t("Ressources humaines", "Human resources"))
    d = c.when()
    blocks = [c.t("Offre d'emploi", "Job opening"),
              c.t(f"{org.name} recherche un(e) agent(e) de facturation médicale à temps plein.",
                  f"{org.name} is hiring a full-time medical billing clerk."),
              c.t("Responsabilités :\n- saisie et transmission des demandes de paiement à la RAMQ;\n- suivi des refus et des "
                  "messages explicatifs;\n- facturation aux assureurs privés et aux tiers;\n- conciliation des états de compte.",
                  "Responsibilities:\n- entering and sending RAMQ claims;\n- following up on rejections;\n"
                  "- billing private insurers and third parties;\n- reconciling statements."),
              c.t("Exigences : DEP en secrétariat médical ou expérience équivalente; connaissance de "
                  f"{c.rng.choice(D.SOFTWARE)} un atout. Salaire : 22 à 27 $/h selon l'expérience.",
                  f"Requirements: medical office diploma or equivalent experience; {c.rng.choice(D.SOFTWARE)} an asset. "
                  "Pay: $22-27/h depending on experience."),
              c.t(f"Envoyer votre CV à {hr.addr} avant le {c.date((d + dt.timedelta(days=21)).date())}.",
                  f"Send your resume to {hr.addr} by {c.date((d + dt.timedelta(days=21)).date())}."), c.sig(hr)]
    to = [(c.t("Tout le personnel", "All staff"), f"personnel@{org.domain}")]
    return mk(c, hr, to, c.t("Affichage de poste - agent(e) de facturation", "Job posting - billing clerk"), blocks,
              date=d, style=c.ch(None, "html")), "job posting for billing clerk"


# ----------------------------------------------------------- N10. committee
def committee(c):
    hosp = c.hospital()
    chair = c.staff(hosp, c.t("Chef du service des archives", "Head of health records"))
    members = [c.staff(hosp) for _ in range(3)] + [c.doctor(hosp)]
    d = c.when()
    start = (d + dt.timedelta(days=c.rng.randint(5, 20))).replace(tzinfo=None, hour=c.ch(8, 12, 13), minute=c.ch(0, 30), second=0)
    agenda = c.L(["1. Adoption du procès-verbal", "2. Taux de refus du code 158 (diagnostic manquant)",
                  "3. Délais de complétion des feuilles sommaires", "4. Formation sur les codes CIM", "5. Divers"],
                 ["1. Approval of minutes", "2. Message 158 rejection rate (missing diagnosis)",
                  "3. Summary sheet completion delays", "4. ICD coding training", "5. Other business"])
    blocks = [c.t("Bonjour,", "Hello,"),
              c.t(f"Le comité de révision de la facturation se réunira le {c.date(start.date())} à {start:%H:%M}, salle 2-114.",
                  f"The billing review committee meets on {c.date(start.date())} at {start:%H:%M}, room 2-114."),
              c.t("Ordre du jour :", "Agenda:"), "\n".join(agenda), c.sig(chair)]
    atts = []
    if c.rng.random() < 0.6:
        ics = F.make_ics(f"{c.rng.getrandbits(64):016x}@{hosp.domain}", c.t("Comité de révision de la facturation", "Billing review committee"),
                         start, start + dt.timedelta(hours=1), (chair.name, chair.addr), [(m.name, m.addr) for m in members],
                         "\n".join(agenda), c.t("Salle 2-114", "Room 2-114"), stamp=d.replace(tzinfo=None))
        atts.append(Att("invite.ics", "text/calendar; method=REQUEST", ics, charset="utf-8", cte=c.ch("base64", "8bit", None)))
    return mk(c, chair, members, c.t("Comité de révision de la facturation", "Billing review committee"), blocks, atts=atts,
              date=d), "committee meeting notice and agenda"


# ----------------------------------------------------------- N11. conference
def conference(c):
    ag = c.agency()
    org = c.staff(ag, c.t("Coordonnatrice des événements", "Events coordinator"))
    d = c.when()
    spk = [c.doctor(c.hospital()) for _ in range(3)] + [c.staff(ag, "")]
    topics = c.L(["Facturer en oncologie : chimiothérapie et suivis", "Santé mentale : psychothérapie et interventions cliniques",
                  "Soins à domicile des patients en perte d'autonomie", "Nouveautés du manuel des omnipraticiens"],
                 ["Billing in oncology: chemotherapy and follow-ups", "Mental health: psychotherapy and clinical interventions",
                  "Home care for frail patients", "What's new in the GP manual"])
    rows = [[f"{9 + i}:00", s.title(c.lang), t] for i, (s, t) in enumerate(zip(spk, topics))]
    blocks = [c.t("Bonjour,", "Hello,"),
              c.t(f"Le colloque annuel de la facturation médicale aura lieu le {c.date((d + dt.timedelta(days=40)).date())} "
                  "en mode hybride. Programme :",
                  f"The annual medical billing symposium takes place on {c.date((d + dt.timedelta(days=40)).date())}, hybrid. Programme:"),
              Table([c.t("Heure", "Time"), c.t("Conférencier", "Speaker"), c.t("Sujet", "Topic")], rows),
              c.t("Inscription : 95 $ (gratuit pour nos clients).", "Registration: $95 (free for our clients)."), c.sig(org)]
    to = [(c.t("Clients", "Clients"), f"clients@{ag.domain}")]
    return mk(c, org, to, c.t("Colloque annuel - programme", "Annual symposium - programme"), blocks, date=d,
              style=c.ch("html", "alt")), "conference programme with speakers and topics"


# ----------------------------------------------------------- N12. IT notice
def it_notice(c):
    org = c.rng.choice(c.orgs["clinics"] + c.orgs["agencies"] + c.orgs["hospitals"])
    it = c.staff(org, c.t("Soutien informatique", "IT support"))
    d = c.when()
    var = c.rng.randint(0, 4)
    if var == 0:
        subj = c.t("ALERTE - faux courriel de la RAMQ", "ALERT - fake RAMQ email")
        body = c.L(["Un courriel frauduleux prétendant venir de la RAMQ circule (« Votre paiement est suspendu »). "
                    "Ne cliquez pas sur le lien et ne saisissez jamais votre mot de passe.", "Transférez-le à l'équipe TI puis supprimez-le."],
                   ["A phishing email claiming to be from RAMQ is circulating ('Your payment is suspended'). "
                    "Do not click the link and never enter your password.", "Forward it to IT and delete it."])
    elif var == 1:
        subj = c.t("Renouvellement des mots de passe", "Password renewal")
        body = c.L(["Les mots de passe du logiciel de facturation expirent vendredi. Minimum 14 caractères.",
                    "L'authentification à deux facteurs devient obligatoire le mois prochain."],
                   ["Billing software passwords expire Friday. Minimum 14 characters.", "Two-factor authentication becomes mandatory next month."])
    elif var == 2:
        subj = c.t("Remplacement des imprimantes", "Printer replacement")
        rows = [[c.ch("Réception", "Facturation", "Bureau 3", "Archives"), f"SN {D.luhn_number(c.rng, 9, first=c.rng.randint(1, 7))}",
                 f"ACT-{c.rng.randint(1000, 9999)}"] for _ in range(3)]
        body = [c.t("Les imprimantes suivantes seront remplacées mardi :", "The following printers will be replaced Tuesday:"),
                Table([c.t("Poste", "Location"), c.t("No de série", "Serial"), c.t("Actif", "Asset")], rows)]
    elif var == 3:
        subj = c.t("Nouveau système de télécopie numérique", "New digital fax system")
        body = c.L(["Les télécopies entrantes arriveront désormais dans la boîte partagée. Le numéro de télécopieur ne change pas.",
                    f"Formation de 20 minutes offerte le {c.date((d + dt.timedelta(days=6)).date())}."],
                   ["Incoming faxes will now land in the shared mailbox. The fax number does not change.",
                    f"A 20-minute training is offered on {c.date((d + dt.timedelta(days=6)).date())}."])
    else:
        subj = c.t("Interruption VPN ce soir", "VPN outage tonight")
        body = c.L(["Le VPN sera indisponible de 21 h à 23 h pour une mise à jour de sécurité.", "Enregistrez votre travail avant."],
                   ["The VPN will be unavailable from 9 to 11 p.m. for a security update.", "Save your work beforehand."])
    body = body if isinstance(body, list) else [body]
    to = [(c.t("Tous les utilisateurs", "All users"), f"tous@{org.domain}")]
    return mk(c, it, to, subj, [c.t("Bonjour,", "Hello,")] + body + [c.sig(it)], date=d), "IT notice (phishing, passwords, printers, fax, VPN)"
