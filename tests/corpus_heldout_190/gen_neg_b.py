"""Negative messages, part B: newsletters, committees, conferences, invoices,
purchase orders, inventories, IT / facilities, statistics, teaching cases,
blank forms and templates, shortages, recalls, protocols."""
import datetime

import gen_common as C
import gen_docs as D
from gen_mime import Mail, eml_attachment
from gen_neg_a import luhn_serial, mod97_serial, nk
from gen_pos_a import close, greet, sig, who

SUPPLIERS = [
    ("Médi-Néo Distribution inc.", "medineo-distribution.example", "1450, rue Industrielle, Laval-Ouest (Québec)  H7Z 0C2"),
    ("Boréal Respiratoire ltée", "borealresp.example", "88, chemin du Parc-Technologique, Sainte-Adélie-du-Lac (Québec)  J0T 1L0"),
    ("NorthStar Neonatal Supply Co.", "northstar-neo.example", "310 Commerce Way, Kingsmere, ON  K0K 2T0"),
]


def doc_title(ctx, unit="usin"):
    d = ctx.staff(unit, doctor=True)
    return d


# --------------------------------------------------------------------------- newsletter
def n_newsletter(ctx, env):
    r = ctx.rng
    ed = ctx.staff("usin", doctor=False)
    ed.role = ctx.L("Service des communications", "Communications Office")
    ed.title = None
    d1, d2, d3 = doc_title(ctx), doc_title(ctx, "sip"), doc_title(ctx)
    nurse = ctx.staff("usin", doctor=False)
    items = ctx.L([
        f"• {d1.title} {d1.full}, néonatalogiste, a reçu une subvention de recherche pour son projet sur la dysplasie bronchopulmonaire et l'oxygénothérapie à domicile.",
        f"• Bienvenue à {d2.title} {d2.full}, intensiviste pédiatrique, qui se joint à l'équipe du SIP; ses intérêts : myocardite et ECMO.",
        f"• Mme {nurse.full}, infirmière à l'USIN depuis 31 ans, prend sa retraite. Merci pour tout !",
        f"• L'unité a atteint 200 jours sans bactériémie sur cathéter central. Bravo à toute l'équipe.",
        f"• Conférence midi : {d3.title} {d3.surname} présentera « Hypothermie thérapeutique : ce qui a changé ».",
    ], [
        f"• {d1.title} {d1.full}, neonatologist, received a research grant for a project on bronchopulmonary dysplasia and home oxygen.",
        f"• Welcome to {d2.title} {d2.full}, paediatric intensivist, joining the PICU team; interests: myocarditis and ECMO.",
        f"• Ms. {nurse.full}, a NICU nurse for 31 years, is retiring. Thank you for everything!",
        f"• The unit has reached 200 days without a central line-associated bloodstream infection. Well done, everyone.",
        f"• Noon rounds: {d3.title} {d3.surname} on \"Therapeutic hypothermia: what has changed\".",
    ])
    r.shuffle(items)
    title = ctx.L(f"L'Écho de l'USIN – {C.MOIS[ctx.date.month - 1]} {ctx.date.year}",
                  f"NICU Echo - {C.MONTHS[ctx.date.month - 1]} {ctx.date.year}")
    text = "\n".join([title, "", *items[:r.randint(3, 5)], "", ctx.L("Bonne lecture !", "Happy reading!"), "", sig(ctx, ed)])
    atts = []
    if r.random() < 0.35:
        atts.append(D.Attachment(ctx.L("Echo_USIN.pdf", "NICU_Echo.pdf"), "application/pdf", D.make_pdf(title, items)))
    return nk(ctx, "newsletter", ctx.L("bulletin interne", "internal newsletter"), who(ed),
              [(ctx.L("Tout le personnel", "All staff"), f"tous@{C.DOM}")], title, text, attachments=atts,
              force_form=r.choice([None, "html", "alt"]))


def n_committee(ctx, env):
    r = ctx.rng
    sec = ctx.staff("usin", doctor=False)
    sec.role = ctx.L("secrétaire de comité", "Committee Secretary")
    sec.title = None
    pres = doc_title(ctx)
    kind = r.choice(ctx.L(["Comité de pharmacologie", "Comité de mortalité et morbidité", "Comité de prévention des infections",
                           "Comité des soins centrés sur la famille"],
                          ["Pharmacy and Therapeutics Committee", "Morbidity and Mortality Committee", "Infection Prevention Committee",
                           "Family-Centred Care Committee"]))
    d = ctx.day(r.randint(5, 20))
    agenda = ctx.L([
        "1. Adoption de l'ordre du jour",
        "2. Protocole de caféine chez les < 30 SA : révision des doses",
        "3. Revue de cas anonymisés (2 cas d'ECN, 1 pneumothorax)",
        "4. Indicateurs trimestriels (bactériémies, extubations non planifiées)",
        "5. Varia",
    ], [
        "1. Approval of agenda",
        "2. Caffeine protocol for < 30 weeks: dose review",
        "3. De-identified case review (2 NEC cases, 1 pneumothorax)",
        "4. Quarterly indicators (CLABSI, unplanned extubations)",
        "5. Other business",
    ])
    text = "\n".join([greet(ctx), "",
                      ctx.L(f"La prochaine réunion du {kind} aura lieu le {C.fmt_date(r, d, 'fr')} à 12 h, salle C-210, "
                            f"sous la présidence de {pres.title} {pres.full}.",
                            f"The next {kind} meeting will be held on {C.fmt_date(r, d, 'en')} at noon, room C-210, "
                            f"chaired by {pres.title} {pres.full}."), "", ctx.L("Ordre du jour :", "Agenda:")] + agenda +
                     ["", sig(ctx, sec)])
    atts = []
    if r.random() < 0.5:
        uid = f"{r.getrandbits(64):016x}@{C.DOM}"
        st = datetime.datetime.combine(d, datetime.time(12, 0))
        atts.append(D.Attachment("invitation.ics", "text/calendar",
                                 D.make_ics(uid, st, st + datetime.timedelta(hours=1), kind, "\n".join(agenda), "C-210",
                                            (sec.full, sec.email), [(pres.full, pres.email)])))
    return nk(ctx, "committee", ctx.L("avis de réunion de comité", "committee meeting notice"), who(sec),
              [(None, f"comite.{r.randint(1, 9)}@{C.DOM}")], ctx.L(f"Convocation – {kind}", f"Notice - {kind}"), text, attachments=atts)


def n_conference(ctx, env):
    r = ctx.rng
    org = ctx.staff("usin", doctor=False)
    org.role = ctx.L("coordonnatrice, enseignement", "Education Coordinator")
    org.title = None
    talks = []
    topics = ctx.L(["Hypothermie thérapeutique chez le nouveau-né", "Sevrage néonatal : l'approche Manger-Dormir-Consoler",
                    "ECMO pédiatrique en 2025", "Prise en charge de la bronchiolite sévère", "Dysplasie bronchopulmonaire et HTAP",
                    "Soins palliatifs en néonatalogie", "Acidocétose diabétique : nouveaux protocoles"],
                   ["Therapeutic hypothermia in the newborn", "Neonatal withdrawal: the Eat-Sleep-Console approach",
                    "Paediatric ECMO in 2025", "Managing severe bronchiolitis", "BPD and pulmonary hypertension",
                    "Palliative care in neonatology", "Diabetic ketoacidosis: new protocols"])
    r.shuffle(topics)
    for i, t in enumerate(topics[:5]):
        sp = doc_title(ctx, r.choice(["usin", "sip"]))
        talks.append(f"{8 + i}:{r.choice(['00', '30'])}  {t} – {sp.title} {sp.full} ({ctx.L('CHME-VDH', 'CHME-VDH')})")
    title = ctx.L("Journée scientifique mère-enfant – programme", "Mother-Child Scientific Day - programme")
    pdf = D.make_pdf(title, talks + ["", ctx.L("Inscription : 40 $, gratuite pour les résidents.", "Registration: $40, free for residents.")])
    text = "\n".join([greet(ctx), "", ctx.L("Le programme de la journée scientifique est joint. Crédits de FMC reconnus.",
                                             "The scientific day programme is attached. CME credits approved."), "", sig(ctx, org)])
    return nk(ctx, "conference", ctx.L("programme de conférence", "conference programme"), who(org),
              [(ctx.L("Médecins et professionnels", "Physicians and professionals"), f"enseignement@{C.DOM}")], title, text,
              attachments=[D.Attachment(ctx.L("programme_journée.pdf", "programme.pdf"), "application/pdf", pdf, rfc2231=ctx.lang == "fr")])


# --------------------------------------------------------------------------- purchasing
def n_invoice(ctx, env):
    r = ctx.rng
    name, dom, adr = r.choice(SUPPLIERS)
    acct = ctx.staff("usin", doctor=False)
    acct.role = ctx.L("Comptes fournisseurs", "Accounts Payable")
    acct.title = None
    inv = f"F{r.randint(2024000, 2024999)}"
    po = f"BC-{r.randint(40000, 49999)}"
    items = [(ctx.L("Circuits de ventilation néonatale", "Neonatal ventilator circuits"), r.randint(20, 80), 38.5),
             (ctx.L("Capteurs de débit jetables", "Disposable flow sensors"), r.randint(10, 40), 21.75),
             (ctx.L("Sondes d'alimentation 5 Fr", "5 Fr feeding tubes"), r.randint(100, 400), 1.12)]
    lines = [f"{ctx.L('Facture', 'Invoice')} n° {inv}", f"{ctx.L('N° client', 'Customer no.')} : {r.randint(10000, 99999)}",
             f"{ctx.L('Bon de commande', 'Purchase order')} : {po}", f"{ctx.L('Lot', 'Lot')} : {mod97_serial(r)}", ""]
    tot = 0
    for d, q, p in items:
        lines.append(f"{d:<40} {q:>5} x {p:>7.2f} = {q * p:>9.2f}")
        tot += q * p
    lines += ["", f"{ctx.L('Sous-total', 'Subtotal')} : {tot:.2f} $", f"TPS/GST : {tot * 0.05:.2f} $",
              f"TVQ/QST : {tot * 0.09975:.2f} $", "", name, adr, f"Tél. : 450-555-01{r.randint(10, 99)}"]
    mode = r.choice(["pdf", "body", "xlsx"])
    atts = []
    if mode == "pdf":
        atts.append(D.Attachment(f"{inv}.pdf", "application/pdf", D.make_pdf(f"{name} – {ctx.L('Facture', 'Invoice')}", lines)))
        body = ctx.L(f"Bonjour,\n\nCi-joint la facture {inv} liée au {po}. Paiement net 30 jours.",
                     f"Hello,\n\nAttached is invoice {inv} for {po}. Net 30 days.")
    elif mode == "xlsx":
        atts.append(D.Attachment(f"{inv}.xlsx", D.CT_XLSX, D.make_xlsx([("facture", [[x] for x in lines])])))
        body = ctx.L(f"Facture {inv} en pièce jointe.", f"Invoice {inv} attached.")
    else:
        body = "\n".join(lines)
    text = "\n".join([body, "", close(ctx)])
    return nk(ctx, "invoice", ctx.L("facture fournisseur", "supplier invoice"), (name, f"facturation@{dom}"), [who(acct)],
              ctx.L(f"Facture {inv}", f"Invoice {inv}"), text, attachments=atts)


def n_po(ctx, env):
    r = ctx.rng
    buyer = ctx.staff("usin", doctor=False)
    buyer.role = ctx.L("acheteuse, approvisionnement", "Buyer, Procurement")
    buyer.title = None
    name, dom, adr = r.choice(SUPPLIERS)
    po = f"BC-{r.randint(40000, 49999)}"
    rows = [[ctx.L("Article", "Item"), ctx.L("Qté", "Qty"), ctx.L("N° de série", "Serial no."), ctx.L("Prix", "Price")]]
    for i in range(r.randint(2, 4)):
        rows.append([r.choice(["Incubateur Giraffe OmniBed", "Ventilateur SLE6000", "Moniteur IntelliVue MX550",
                               "Pousse-seringue Alaris", "Table radiante Panda iRes"]), 1, luhn_serial(r, 9),
                     f"{r.randint(4000, 62000)}.00"])
    text = "\n".join([greet(ctx), "", ctx.L(f"Veuillez trouver notre bon de commande {po}. Livraison au quai B, attention USIN.",
                                             f"Please find our purchase order {po}. Deliver to dock B, attn NICU."), ""] +
                     [" | ".join(str(c) for c in row) for row in rows] + ["", close(ctx), sig(ctx, buyer)])
    return nk(ctx, "purchase", ctx.L("bon de commande d'équipement", "equipment purchase order"), who(buyer),
              [(name, f"commandes@{dom}")], ctx.L(f"Bon de commande {po}", f"Purchase order {po}"), text)


def n_inventory(ctx, env):
    r = ctx.rng
    tech = ctx.staff("usin", doctor=False)
    tech.role = ctx.L("technicien en génie biomédical", "Biomedical Engineering Technician")
    tech.title = None
    rows = [[ctx.L("Étiquette", "Asset tag"), ctx.L("Équipement", "Device"), ctx.L("N° série", "Serial"), ctx.L("Local", "Room"),
             ctx.L("Prochain entretien", "Next PM")]]
    for i in range(r.randint(6, 12)):
        rows.append([f"GBM-{luhn_serial(r, 6)}", r.choice(ctx.L(["Incubateur", "Ventilateur", "Moniteur", "Pompe",
                                                                "Lampe de photothérapie", "Oxymètre", "CPAP"],
                                                               ["Incubator", "Ventilator", "Monitor", "Infusion pump",
                                                                "Phototherapy lamp", "Pulse oximeter", "CPAP driver"])),
                     luhn_serial(r, 9) if r.random() < 0.5 else luhn_serial(r, 10),
                     f"{r.choice('AB')}-{r.randint(401, 460)}", (ctx.day(r.randint(10, 200))).isoformat()])
    csv = D.make_csv(rows, sep=";" if ctx.lang == "fr" else ",")
    text = "\n".join([greet(ctx), "", ctx.L("Inventaire des équipements de l'USIN mis à jour (voir CSV). Merci de signaler tout écart.",
                                             "Updated NICU equipment inventory (see CSV). Please report any discrepancy."), "",
                      sig(ctx, tech)])
    return nk(ctx, "inventory", ctx.L("inventaire d'équipement", "equipment inventory"), who(tech),
              [(None, f"chef.usin@{C.DOM}")], ctx.L("Inventaire GBM", "Biomed inventory"), text,
              attachments=[D.Attachment(ctx.L("inventaire_usin.csv", "nicu_inventory.csv"), "text/csv", csv,
                                        charset=r.choice(["utf-8", "iso-8859-1"]))])


# --------------------------------------------------------------------------- IT / facilities
def n_it(ctx, env):
    r = ctx.rng
    it = ctx.staff("usin", doctor=False)
    it.role = ctx.L("Centre de services TI", "IT Service Desk")
    it.title = None
    it.email = f"servicedesk@{C.DOM}"
    kind = r.randint(0, 2)
    d = ctx.day(r.randint(2, 10))
    if kind == 0:
        body = ctx.L(f"Une interruption planifiée du dossier patient électronique aura lieu le {C.fmt_date(r, d, 'fr')} de 1 h à 4 h. "
                     f"Utilisez les formulaires papier de contingence. Après la mise à jour, le champ « N° de dossier » acceptera 8 chiffres "
                     f"(ex. : 00000000).",
                     f"A planned EHR outage will occur on {C.fmt_date(r, d, 'en')} from 1 to 4 am. Use the paper downtime forms. "
                     f"After the upgrade, the \"MRN\" field will accept 8 digits (e.g., 00000000).")
    elif kind == 1:
        body = ctx.L("Votre mot de passe expire dans 5 jours. Ne répondez jamais à un courriel vous demandant vos identifiants. "
                     f"Billet n° INC{r.randint(100000, 999999)}.",
                     f"Your password expires in 5 days. Never reply to an e-mail asking for your credentials. Ticket INC{r.randint(100000, 999999)}.")
    else:
        body = ctx.L(f"Les nouveaux postes de travail sur roues (PTR) de l'USIN sont installés. Numéros d'actif : "
                     f"{', '.join(luhn_serial(r, 9) for _ in range(3))}.",
                     f"The new NICU workstations-on-wheels are installed. Asset numbers: {', '.join(luhn_serial(r, 9) for _ in range(3))}.")
    text = "\n".join([greet(ctx), "", body, "", sig(ctx, it)])
    return nk(ctx, "it", ctx.L("avis TI", "IT notice"), ("Service desk", it.email),
              [(None, f"tous@{C.DOM}")], ctx.L("Avis TI", "IT notice") + (f" – {C.fmt_date(r, d, ctx.lang, False)}" if kind == 0 else ""),
              text)


def n_facilities(ctx, env):
    r = ctx.rng
    fac = ctx.staff("usin", doctor=False)
    fac.role = ctx.L("Services techniques", "Facilities")
    fac.title = None
    body = r.choice(ctx.L([
        "L'eau chaude sera coupée au 4e étage, bloc B (USIN) mardi de 22 h à 2 h pour le remplacement d'une valve.",
        "L'ascenseur n° 3 sera hors service toute la semaine. Les transports de l'USIN doivent utiliser l'ascenseur de service n° 5.",
        "Essai des génératrices d'urgence dimanche à 7 h : micro-coupures possibles sur les prises blanches seulement.",
        "Le stationnement P2 sera fermé pour réfection. Les vignettes des employés de nuit sont valides au P4.",
    ], [
        "Hot water will be shut off on 4th floor, B wing (NICU) Tuesday 10 pm to 2 am to replace a valve.",
        "Elevator #3 is out of service all week. NICU transports must use service elevator #5.",
        "Emergency generator test Sunday 7 am: brief interruptions possible on white outlets only.",
        "Parking P2 will be closed for repairs. Night-shift permits are valid in P4.",
    ]))
    text = "\n".join([greet(ctx), "", body, "", ctx.L("Merci de votre compréhension.", "Thank you for your understanding."), "", sig(ctx, fac)])
    return nk(ctx, "facilities", ctx.L("avis des services techniques", "facilities notice"), who(fac),
              [(None, f"tous@{C.DOM}")], ctx.L("Avis – services techniques", "Notice - facilities"), text)


# --------------------------------------------------------------------------- clinical but not identifying
def n_stats(ctx, env):
    r = ctx.rng
    q = ctx.staff("usin", doctor=False)
    q.role = ctx.L("conseillère qualité", "Quality Advisor")
    q.title = None
    adm = r.randint(140, 260)
    rows = [[ctx.L("Indicateur", "Indicator")] + [ctx.L(f"T{i}", f"Q{i}") for i in (1, 2, 3)],
            [ctx.L("Admissions USIN", "NICU admissions"), adm, adm + r.randint(-20, 20), adm + r.randint(-20, 20)],
            [ctx.L("< 29 SA", "< 29 wk"), r.randint(12, 30), r.randint(12, 30), r.randint(12, 30)],
            [ctx.L("HIV grade III-IV (%)", "IVH grade III-IV (%)"), round(r.uniform(4, 11), 1), round(r.uniform(4, 11), 1), round(r.uniform(4, 11), 1)],
            [ctx.L("ECN confirmée", "Confirmed NEC"), r.randint(0, 5), r.randint(0, 5), r.randint(0, 5)],
            [ctx.L("Bactériémies sur CVC / 1000 j-cathéter", "CLABSI / 1000 line-days"), round(r.uniform(0, 3), 2), round(r.uniform(0, 3), 2), round(r.uniform(0, 3), 2)],
            [ctx.L("Taux d'occupation SIP (%)", "PICU occupancy (%)"), r.randint(78, 104), r.randint(78, 104), r.randint(78, 104)]]
    mode = r.choice(["xlsx", "body", "html"])
    atts, html = [], None
    intro = ctx.L("Voici le tableau de bord trimestriel des soins critiques mère-enfant.", "Here is the quarterly critical care dashboard.")
    if mode == "xlsx":
        atts.append(D.Attachment(ctx.L("tableau_de_bord_T3.xlsx", "dashboard_Q3.xlsx"), D.CT_XLSX, D.make_xlsx([("T3", rows)])))
        text = "\n".join([greet(ctx), "", intro, "", sig(ctx, q)])
    elif mode == "html":
        html = "<html><body><p>" + intro + "</p><table border=1>" + "".join(
            "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table></body></html>"
        text = None
    else:
        text = "\n".join([greet(ctx), "", intro, ""] + ["\t".join(str(c) for c in row) for row in rows] + ["", sig(ctx, q)])
    return nk(ctx, "statistics", ctx.L("statistiques agrégées", "aggregate statistics"), who(q),
              [(None, f"direction.mere-enfant@{C.DOM}")], ctx.L("Tableau de bord – T3", "Dashboard - Q3"), text, html=html,
              attachments=atts, force_form="html" if text is None else None)


def n_teaching(ctx, env):
    r = ctx.rng
    fel = ctx.staff("usin", doctor=True)
    ga = r.choice([25, 26, 27, 28, 29])
    case = ctx.L(
        f"Cas du mois (anonymisé) : nouveau-né de {ga} SA, PN {r.randint(700, 1200)} g, né par césarienne pour prééclampsie. "
        f"À J{r.randint(8, 20)}, distension abdominale, résidus bilieux, pneumatose à l'ASP. CRP 64 mg/L.\n\n"
        f"Questions :\n1. Classification de Bell ?\n2. Durée de l'antibiothérapie ?\n3. Quand consulter en chirurgie ?",
        f"Case of the month (de-identified): {ga}-week infant, BW {r.randint(700, 1200)} g, C-section for pre-eclampsia. "
        f"On day {r.randint(8, 20)}, abdominal distension, bilious aspirates, pneumatosis on AXR. CRP 64 mg/L.\n\n"
        f"Questions:\n1. Bell staging?\n2. Antibiotic duration?\n3. When to call surgery?")
    text = "\n".join([greet(ctx), "", case, "", ctx.L("Réponses à la réunion de jeudi.", "Answers at Thursday's teaching."), "", sig(ctx, fel)])
    return nk(ctx, "teaching", ctx.L("cas d'enseignement anonymisé", "de-identified teaching case"), who(fel),
              [(ctx.L("Résidents", "Residents"), f"residents.usin@{C.DOM}")], ctx.L("Cas du mois", "Case of the month"), text)


def n_blank_form(ctx, env):
    r = ctx.rng
    clerk = ctx.staff("usin", doctor=False)
    fields = ctx.L(["Nom de l'enfant : ______________________", "Date de naissance : ____ / ____ / ______",
                    "NAM : ____ ____ ____", "N° de dossier : __________", "Nom du parent : ______________________",
                    "Téléphone : (___) ___-____", "Diagnostic principal : ______________________",
                    "Médication au transfert : ______________________", "Signature du médecin : ______________"],
                   ["Child's name: ______________________", "Date of birth: ____ / ____ / ______",
                    "Health card no.: ____ ____ ____", "MRN: __________", "Parent's name: ______________________",
                    "Phone: (___) ___-____", "Primary diagnosis: ______________________",
                    "Medications at transfer: ______________________", "Physician signature: ______________"])
    title = ctx.L("Formulaire de demande de transfert néonatal (vierge)", "Neonatal transfer request form (blank)")
    fmt = r.choice(["docx", "pdf", "zip"])
    if fmt == "docx":
        att = D.Attachment(ctx.L("formulaire_transfert_vierge.docx", "transfer_form_blank.docx"), D.CT_DOCX, D.make_docx(title, fields))
    elif fmt == "pdf":
        att = D.Attachment(ctx.L("formulaire_transfert.pdf", "transfer_form.pdf"), "application/pdf", D.make_pdf(title, fields))
    else:
        z = D.make_zip([(ctx.L("formulaire_transfert.docx", "transfer_form.docx"), D.make_docx(title, fields)),
                        (ctx.L("consentement_transport.pdf", "transport_consent.pdf"),
                         D.make_pdf(ctx.L("Consentement au transport (vierge)", "Transport consent (blank)"),
                                    [ctx.L("Je soussigné(e) ____________, parent de ____________, consens ...",
                                           "I, ____________, parent of ____________, consent ...")]))])
        att = D.Attachment(ctx.L("formulaires_transport.zip", "transport_forms.zip"), "application/zip", z)
    text = "\n".join([greet(ctx), "", ctx.L("Voici la nouvelle version des formulaires à imprimer pour les transferts. "
                                             "Merci de détruire les anciennes copies.",
                                             "Here is the new version of the transfer forms to print. Please discard old copies."),
                      "", sig(ctx, clerk)])
    return nk(ctx, "form", ctx.L("formulaire vierge", "blank form"), who(clerk), [(None, f"commis.usin@{C.DOM}")],
              ctx.L("Nouveaux formulaires de transfert", "New transfer forms"), text, attachments=[att])


def n_template(ctx, env):
    r = ctx.rng
    sec = ctx.staff("usin", doctor=False)
    sec.role = ctx.L("agente administrative, clinique de suivi néonatal", "Clerk, Neonatal Follow-up Clinic")
    sec.title = None
    tpl = ctx.L(
        "Bonjour «PRENOM_PARENT» «NOM_PARENT»,\n\nNous vous rappelons le rendez-vous de «PRENOM_ENFANT» à la clinique de suivi néonatal "
        "le «DATE_RDV» à «HEURE_RDV». Apportez le carnet de santé et la carte d'assurance maladie de l'enfant («NAM»).\n\n"
        "Pour annuler : 450-555-0142.",
        "Dear {{parent_first}} {{parent_last}},\n\nThis is a reminder of {{child_first}}'s appointment at the neonatal follow-up clinic "
        "on {{appt_date}} at {{appt_time}}. Please bring the health record booklet and the child's health card ({{health_no}}).\n\n"
        "To cancel: 450-555-0142.")
    text = "\n".join([greet(ctx), "", ctx.L("Voici le gabarit de publipostage pour les rappels de rendez-vous (à valider) :",
                                             "Here is the mail-merge template for appointment reminders (please review):"),
                      "", "----", tpl, "----", "", sig(ctx, sec)])
    atts = []
    if r.random() < 0.5:
        atts.append(D.Attachment(ctx.L("gabarit_rappel.docx", "reminder_template.docx"), D.CT_DOCX,
                                 D.make_docx(ctx.L("Gabarit – rappel", "Template - reminder"), tpl.split("\n"))))
    return nk(ctx, "template", ctx.L("gabarit de publipostage", "mail-merge template"), who(sec), [(None, f"csn@{C.DOM}")],
              ctx.L("Gabarit rappel RDV", "Appointment reminder template"), text, attachments=atts)


def n_shortage(ctx, env):
    r = ctx.rng
    ph = ctx.staff("usin", doctor=False)
    ph.role = ctx.L("chef du département de pharmacie", "Head of Pharmacy")
    ph.title = None
    drug = r.choice(ctx.L(["citrate de caféine injectable 20 mg/mL", "gentamicine 10 mg/mL pédiatrique", "poractant alfa 120 mg/1,5 mL",
                           "phénobarbital injectable"],
                          ["caffeine citrate injection 20 mg/mL", "gentamicin 10 mg/mL paediatric", "poractant alfa 120 mg/1.5 mL",
                           "phenobarbital injection"]))
    din = f"{r.randint(2000000, 2499999):08d}"
    text = "\n".join([greet(ctx), "",
                      ctx.L(f"AVIS DE PÉNURIE : {drug} (DIN {din}). Rupture prévue de 6 à 8 semaines chez le fournisseur.",
                            f"SHORTAGE NOTICE: {drug} (DIN {din}). Supplier backorder expected for 6-8 weeks."),
                      ctx.L("Mesures : réserver aux indications prioritaires; la pharmacie préparera une solution orale de remplacement. "
                            "Aucun changement pour les patients déjà traités sans avis du prescripteur.",
                            "Measures: restrict to priority indications; pharmacy will compound an oral alternative. "
                            "No change for current patients without prescriber input."),
                      "", sig(ctx, ph)])
    return nk(ctx, "shortage", ctx.L("avis de pénurie de médicament", "drug shortage notice"), who(ph),
              [(None, f"medecins.usin@{C.DOM}"), (None, f"medecins.sip@{C.DOM}")], ctx.L(f"Pénurie – {drug}", f"Shortage - {drug}"), text)


def n_recall(ctx, env):
    r = ctx.rng
    ph = ctx.staff("usin", doctor=False)
    ph.role = ctx.L("Gestion des risques", "Risk Management")
    ph.title = None
    lots = [f"{r.choice(['24', '25'])}{r.choice('ABCK')}{r.randint(1000, 9999)}" for _ in range(3)]
    extra = f"NEOF{r.randint(10, 99)}{r.randint(100000, 999999)}"
    text = "\n".join([greet(ctx), "",
                      ctx.L(f"AVIS DE RAPPEL VOLONTAIRE – sondes d'alimentation entérale 5 Fr (réf. {extra}). Lots visés : {', '.join(lots)}.",
                            f"VOLUNTARY RECALL - 5 Fr enteral feeding tubes (ref. {extra}). Affected lots: {', '.join(lots)}."),
                      ctx.L("Retirez les unités de ces lots de vos réserves et retournez-les au magasin central. "
                            "Aucun incident n'a été rapporté dans notre établissement.",
                            "Remove these lots from stock and return them to central stores. No incident has been reported here."),
                      "", sig(ctx, ph)])
    return nk(ctx, "recall", ctx.L("avis de rappel de produit", "product recall notice"), who(ph),
              [(None, f"chefs.unite@{C.DOM}")], ctx.L("Rappel de produit – sondes 5 Fr", "Product recall - 5 Fr tubes"), text)


def n_protocol(ctx, env):
    r = ctx.rng
    res = ctx.staff("usin", doctor=False)
    res.role = ctx.L("Bureau de l'éthique de la recherche", "Research Ethics Office")
    res.title = None
    pi = doc_title(ctx)
    code = f"CER-{ctx.date.year}-{r.randint(100, 999)}"
    text = "\n".join([greet(ctx), "",
                      ctx.L(f"Le protocole {code} « Caféine prolongée chez les prématurés < 30 SA » ({pi.title} {pi.full}, chercheur principal) "
                            f"a été approuvé. Critères d'inclusion : AG 24 0/7 à 29 6/7 SA, apnées du prématuré traitées. Critères d'exclusion : "
                            f"malformation majeure, HIV grade IV. Taille visée : 120 participants.",
                            f"Protocol {code} \"Extended caffeine in preterm infants < 30 weeks\" ({pi.title} {pi.full}, PI) has been approved. "
                            f"Inclusion: GA 24 0/7 to 29 6/7 weeks, treated apnoea of prematurity. Exclusion: major anomaly, grade IV IVH. "
                            f"Target: 120 participants."),
                      "", sig(ctx, res)])
    return nk(ctx, "research", ctx.L("approbation de protocole de recherche", "research protocol approval"), who(res),
              [who(pi)], ctx.L(f"Approbation {code}", f"Approval {code}"), text)


def n_outbreak(ctx, env):
    r = ctx.rng
    pci = ctx.staff("sip", doctor=False)
    pci.role = ctx.L("conseillère en prévention des infections", "Infection Prevention and Control")
    pci.title = None
    n = r.randint(2, 5)
    text = "\n".join([greet(ctx), "",
                      ctx.L(f"Nous comptons {n} cas de VRS nosocomial au SIP cette semaine. Mesures renforcées : port du masque pour tous, "
                            f"visites limitées à 2 parents, cohorte des cas. Aucune information nominative ne doit circuler par courriel.",
                            f"We have {n} hospital-acquired RSV cases on the PICU this week. Enhanced measures: masks for all, "
                            f"visits limited to 2 parents, case cohorting. No identifying information should be sent by e-mail."),
                      "", sig(ctx, pci, "sip")])
    return nk(ctx, "notice", ctx.L("avis d'éclosion agrégé", "aggregate outbreak notice"), who(pci),
              [(None, f"tous.sip@{C.DOM}")], ctx.L("Éclosion VRS – SIP", "RSV outbreak - PICU"), text)


def n_directory(ctx, env):
    r = ctx.rng
    sec = ctx.staff("sip", doctor=False)
    rows = []
    areas = ctx.L(["cardiopathies congénitales", "épilepsie néonatale", "hypertension pulmonaire", "maladies métaboliques",
                   "néphrologie et dialyse", "ECMO"],
                  ["congenital heart disease", "neonatal epilepsy", "pulmonary hypertension", "metabolic disease",
                   "nephrology and dialysis", "ECMO"])
    for a in areas:
        d = doc_title(ctx, "sip")
        rows.append(f"{d.title} {d.full} – {a} – {ctx.L('poste', 'ext.')} {r.randint(2000, 7999)}")
    text = "\n".join([greet(ctx), "", ctx.L("Bottin des consultants de garde pour les soins critiques :",
                                             "Directory of on-call consultants for critical care:"), ""] + rows + ["", sig(ctx, sec, "sip")])
    atts = []
    if r.random() < 0.5:
        d = doc_title(ctx, "sip")
        atts.append(D.Attachment(f"{C.strip_accents(d.given)}_{C.strip_accents(d.surname)}.vcf", "text/vcard",
                                 D.make_vcard(d.given, d.surname, org=C.ORG_FR, title=ctx.L("Intensiviste pédiatrique", "Paediatric intensivist"),
                                              tel=C.ORG_PHONE, tel_type="WORK", email=d.email)))
    return nk(ctx, "directory", ctx.L("bottin des médecins consultants", "consultant directory"), who(sec),
              [(None, f"residents.sip@{C.DOM}")], ctx.L("Bottin des consultants", "Consultant directory"), text, attachments=atts)


def n_milkbank(ctx, env):
    r = ctx.rng
    tech = ctx.staff("usin", doctor=False)
    tech.role = ctx.L("technicienne, banque de lait", "Milk bank technician")
    tech.title = None
    rows = [[ctx.L("Lot", "Lot"), ctx.L("Pasteurisé le", "Pasteurised"), ctx.L("Volume (mL)", "Volume (mL)"), ctx.L("Péremption", "Expiry")]]
    for i in range(r.randint(4, 8)):
        d = ctx.day(-r.randint(1, 30))
        rows.append([mod97_serial(r), d.isoformat(), r.randint(500, 2400), (d + datetime.timedelta(days=180)).isoformat()])
    text = "\n".join([greet(ctx), "", ctx.L("Inventaire du lait de donneuse pasteurisé disponible pour l'USIN :",
                                             "Pasteurised donor milk inventory available for the NICU:"), ""] +
                     [" | ".join(str(c) for c in row) for row in rows] + ["", sig(ctx, tech)])
    return nk(ctx, "inventory", ctx.L("inventaire de la banque de lait", "milk bank inventory"), who(tech),
              [(None, f"biberonnerie@{C.DOM}")], ctx.L("Inventaire lait de donneuse", "Donor milk inventory"), text)


def n_reply_thread(ctx, env):
    """Reply with quoted text about equipment / logistics (no patient)."""
    r = ctx.rng
    a = ctx.staff("usin", doctor=False)
    b = ctx.staff("usin", doctor=False)
    ctx.flags.add("quoted_reply")
    q = r.choice(ctx.L(["Est-ce qu'on a reçu les nouveaux capteurs de NIRS ? Le lot 24K3310 est presque épuisé.",
                        "Qui peut remplacer Lucie au comité de jeudi ? Elle est en formation à Québec.",
                        "La salle des familles est réservée pour la formation de mardi, on la libère à 15 h."],
                       ["Did the new NIRS sensors arrive? Lot 24K3310 is almost gone.",
                        "Who can replace Lucie at Thursday's committee? She's at a course in Quebec City.",
                        "The family room is booked for Tuesday's training, we'll free it at 3 pm."]))
    top = r.choice(ctx.L(["Oui, reçus ce matin, rangés au dépôt B.", "Je peux y aller.", "Parfait, merci."],
                         ["Yes, arrived this morning, in storeroom B.", "I can go.", "Perfect, thanks."]))
    when = ctx.date - datetime.timedelta(hours=r.randint(1, 30))
    text = "\n".join([top, "", b.given, "",
                      ctx.L(f"Le {when.strftime('%Y-%m-%d')} à {when.strftime('%H:%M')}, {a.full} <{a.email}> a écrit :",
                            f"On {when.strftime('%a, %b %d, %Y at %I:%M %p')}, {a.full} <{a.email}> wrote:"),
                      "> " + q, ">", "> " + a.given])
    return nk(ctx, "reply", ctx.L("réponse logistique citée", "logistics reply with quote"), who(b), [who(a)],
              ctx.L("RE: question", "RE: question"), text, in_reply_to=f"<{r.getrandbits(48):012x}@{C.DOM}>")


def n_forward_it(ctx, env):
    """IT or facilities notice forwarded inline or as an attached .eml."""
    r = ctx.rng
    chef = ctx.staff("usin", doctor=False)
    it = ctx.staff("usin", doctor=False)
    it.email = f"servicedesk@{C.DOM}"
    inner_text = ctx.L(f"Bonjour,\n\nLe réseau Wi-Fi invité sera remplacé le {C.fmt_date(r, ctx.day(4), 'fr')}. "
                       f"Les parents devront accepter les nouvelles conditions d'utilisation.\n\nCentre de services TI",
                       f"Hello,\n\nThe guest Wi-Fi will be replaced on {C.fmt_date(r, ctx.day(4), 'en')}. "
                       f"Parents will need to accept the new terms of use.\n\nIT Service Desk")
    if r.random() < 0.5:
        inner = Mail(ctx.lang, "inner", "", ("Service desk", it.email), [(None, f"tous@{C.DOM}")],
                     ctx.L("Wi-Fi invité", "Guest Wi-Fi"), text=inner_text, date=ctx.date - datetime.timedelta(days=1))
        att = eml_attachment(env.builder, inner, env.msgid(), ctx.L("Wi-Fi invité.eml", "guest wifi.eml"), rfc2231=True)
        text = ctx.L("Pour affichage dans la salle des parents svp.", "Please post in the parents' lounge.") + "\n\n" + chef.given
        atts = [att]
    else:
        ctx.flags.add("inline_forward")
        text = "\n".join([ctx.L("Pour affichage svp.", "Please post."), "", chef.given, "",
                          ctx.L("---------- Message transféré ---------", "---------- Forwarded message ---------"),
                          ctx.L(f"De : Centre de services TI <{it.email}>", f"From: IT Service Desk <{it.email}>"),
                          ctx.L("Objet : Wi-Fi invité", "Subject: Guest Wi-Fi"), "", inner_text])
        atts = []
    return nk(ctx, "forward", ctx.L("avis TI transféré", "forwarded IT notice"), who(chef),
              [(None, f"commis.usin@{C.DOM}")], ctx.L("TR: Wi-Fi invité", "Fwd: Guest Wi-Fi"), text, attachments=atts)


def n_parent_guide(ctx, env):
    r = ctx.rng
    nurse = ctx.staff("usin", doctor=False)
    nurse.role = ctx.L("conseillère en allaitement", "Lactation Consultant")
    nurse.title = None
    lines = ctx.L(["Guide d'accueil des parents – USIN", "", "Heures de visite : parents 24 h/24; fratrie de 10 h à 20 h.",
                   "Lavage des mains obligatoire à l'entrée.", "Tire-lait disponibles : salle 4-112.",
                   "Pour joindre le poste infirmier : 450-555-0131.", "Stationnement à tarif réduit : demandez la vignette au commis."],
                  ["Parent welcome guide - NICU", "", "Visiting: parents 24/7; siblings 10 am to 8 pm.",
                   "Hand washing required at entry.", "Breast pumps available: room 4-112.",
                   "To reach the nursing station: 450-555-0131.", "Reduced-rate parking: ask the clerk for a permit."])
    pdf = D.make_pdf(lines[0], lines[2:])
    text = "\n".join([greet(ctx), "", ctx.L("Voici la version révisée du guide d'accueil à imprimer.", "Here is the revised welcome guide to print."),
                      "", sig(ctx, nurse)])
    return nk(ctx, "newsletter", ctx.L("guide d'accueil des parents", "parent welcome guide"), who(nurse),
              [(None, f"commis.usin@{C.DOM}")], ctx.L("Guide d'accueil révisé", "Revised welcome guide"), text,
              attachments=[D.Attachment(ctx.L("guide_accueil_USIN.pdf", "NICU_welcome_guide.pdf"), "application/pdf", pdf)])


NEG_B = [
    (n_newsletter, 7), (n_committee, 6), (n_conference, 6), (n_invoice, 6), (n_po, 6), (n_inventory, 6), (n_it, 6),
    (n_facilities, 5), (n_stats, 7), (n_teaching, 6), (n_blank_form, 6), (n_template, 6), (n_shortage, 6), (n_recall, 5),
    (n_protocol, 5), (n_outbreak, 4), (n_directory, 5), (n_milkbank, 4), (n_reply_thread, 5), (n_forward_it, 5),
    (n_parent_guide, 3),
]
